import VigilEngine

/// `vigil take`'s conversation with the terminal: show the screen, wait for a line (waking for the
/// five-minute warning and the deadline when none comes), hand it to the engine, until the session ends
/// or the input does. Ctrl-C leaves through ``InterruptWatch`` with everything confirmed saved.
struct TakeLoop {
  let taking: CourseTaking
  let input: LineInput
  let settings: TerminalSettings
  let resumeCommand: String

  func run() throws {
    let resumeMessage = "Everything you confirmed is saved. To continue, run: \(resumeCommand)\n"
    let watch = InterruptWatch { resumeMessage }
    defer { withExtendedLifetime(watch) {} }
    if !taking.restoredCertificate.isEmpty {
      try FileHandleOutput.standardOutput.write(
        "Files of your last certificate of this course were missing from the certificates folder; "
          + "writing them again:\n" + taking.restoredCertificate.joined(separator: "\n") + "\n\n")
    }
    if taking.isResuming { try taking.resume(at: CommandClock.now) }
    while !taking.hasEnded {
      try show()
      try FileHandleOutput.standardOutput.write("> ")
      let now = CommandClock.now
      let alarm = taking.session.nextAlarm(after: now).map { Int($0.secondsSinceEpoch - now.secondsSinceEpoch) * 1000 }
      switch input.next(waitingAtMost: alarm) {
      case .line(let line):
        try taking.handle(line, at: CommandClock.now)
      case .timedOut:
        try FileHandleOutput.standardOutput.write("\n")
        try taking.checkDeadline(at: CommandClock.now)
      case .end:
        let farewell = taking.completion == nil ? resumeMessage : "Your completion is saved.\n"
        try FileHandleOutput.standardOutput.write("\n" + farewell)
        return
      }
    }
    try show()
  }

  private func show() throws {
    let screen = taking.session.render(width: TerminalSettings.width, style: settings.style)
    try FileHandleOutput.standardOutput.write(screen)
  }
}
