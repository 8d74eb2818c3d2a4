import VigilBase
import VigilBoards
import VigilLedger
import VigilSession

/// The first run of `vigil take` in a home with no learner: asks for the name as it must appear on the
/// certificate and the license, and stores them together once every answer holds.
///
/// Each answer is checked as it is given (the ledger's name rules, the board file's types and practice
/// facts, the ledger's license-number rules, a date), and an answer that does not hold asks that one
/// question again with the reason: nothing typed before it is lost, and nothing is stored until the
/// learner and the license can both be, in one transaction. (`board.xsd` holds board ids, types and
/// practice facts to the ledger's own id rules, so a license the answers make is one it stores.)
///
/// `help` at a question says what it wants, `quit` stops with nothing stored (nil), and `=` before an
/// answer takes it as typed (a name such as `= Help`).
enum FirstRunRegistration {
  static func ask(ledger: Ledger, boards: [Board], input: LineInput) throws -> Learner? {
    try say("Welcome. Before the course, Vigil needs who you are, once; it will not ask again.")
    let questions = Questions(input: input)
    guard
      let name = try questions.ask("Your full name, as it must appear on your certificate", { answer throws(LedgerError) in
        try Learner.checkedName(answer)
      })
    else { return nil }
    let knownBoards = boards.map(\.id).joined(separator: ", ")
    guard
      let board = try questions.ask("Your licensing board (one of: \(knownBoards))", { answer throws(CommandError) in
        try boards.first { $0.id == answer.lowercased() }.orReason(
          "There is no board \(Echo.quoted(answer)); type one of: \(knownBoards)")
      })
    else { return nil }
    let types = board.licenseTypes.joined(separator: ", ")
    guard
      let type = try questions.ask("Your license type (one of: \(types))", { answer throws(CommandError) in
        try board.licenseTypes.first { $0 == answer.uppercased() }.orReason(
          "Board \(board.id) does not issue \(Echo.quoted(answer)) licenses; type one of: \(types)")
      })
    else { return nil }
    guard
      let number = try questions.ask("Your license number, as the board prints it", { answer throws(LedgerError) in
        try LicenseKey(board: board.id, type: type, number: answer).number
      })
    else { return nil }
    guard
      let expires = try questions.ask("The day your license expires (YYYY-MM-DD)", { answer throws(CommandError) in
        try CalendarDate(answer).orReason("\(Echo.quoted(answer)) is not a date; write it like 2027-01-31")
      })
    else { return nil }
    // Asked only where the board's rules read it: a first-renewal exemption or proration.
    var issued: CalendarDate?
    if board.firstRenewal != nil {
      let question = "The day your license was first issued (YYYY-MM-DD), for \(board.id)'s first-renewal rule, or Enter if you do not know it"
      guard
        let answer = try questions.ask(question, allowEmpty: true, { answer throws(CommandError) -> CalendarDate? in
          guard !answer.isEmpty else { return nil }
          let day = try CalendarDate(answer).orReason("\(Echo.quoted(answer)) is not a date; write it like 2019-02-01")
          guard day <= expires else {
            throw CommandError(.usage, "A license cannot be issued after it expires (\(expires)); type the day it was issued")
          }
          return day
        })
      else { return nil }
      issued = answer
    }
    let known = board.licenseAttributes
    let listed = known.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
    let facts = "Practice facts your board asks about, by number or name, separated by spaces, or Enter for none ("
    guard
      let profile = try questions.ask(facts + listed + ")", allowEmpty: true, { answer throws(BoardError) in
        // A number picks from the list; anything else is a name, which the board file checks.
        let picked = answer.split(separator: " ").map { word in
          Int(word).flatMap { known.indices.contains($0 - 1) ? known[$0 - 1] : nil } ?? String(word)
        }
        let profile = LicenseProfile(
          boardID: board.id, licenseType: type, number: number, expires: expires, issued: issued,
          attributes: Set(picked))
        try board.check(profile)
        return profile
      })
    else { return nil }
    let learner = try ledger.addLearner(name: name, licenses: [profile])
    try say("Saved: \(learner.name), license \(profile.key).", ending: "\n\n")
    return learner
  }

  /// Writes `text` wrapped at the terminal's width, as the screens are (a board's list of practice
  /// facts, or a reason naming every license type, is long), then `ending`.
  fileprivate static func say(_ text: String, ending: String = "\n") throws {
    try FileHandleOutput.standardOutput.write(
      TextWrap.lines(text, width: TerminalSettings.width).joined(separator: "\n") + ending)
  }

  /// Asks questions on standard output and reads the answers from the input.
  private struct Questions {
    let input: LineInput

    /// What `help` prints at a question.
    static let help = """
      Type your answer and press Enter. Nothing is stored until every question is answered.
      quit: stop here, with nothing stored (run vigil take again to start over)
      = ANSWER: an answer that is a command word, e.g. = Help

      """

    /// The value `accept` makes of the first answer it accepts, or nil when the learner types `quit`:
    /// an answer it refuses prints the reason and asks again, `help` says what to type, and a blank
    /// answer asks again unless `allowEmpty`. An answer after `=` is taken as typed.
    ///
    /// - Throws: ``CommandError`` when the input ends first (nothing is stored).
    func ask<Value, Failure: UserFacingError>(
      _ question: String, allowEmpty: Bool = false, _ accept: (String) throws(Failure) -> Value
    ) throws -> Value? {
      while true {
        try FirstRunRegistration.say(question + ":", ending: "\n> ")
        guard let line = input.nextLine() else {
          throw CommandError(.usage, "the input ended before you said who is taking the course; nothing was stored")
        }
        var answer = line.trimmedOfWhitespace()
        switch answer.lowercased() {
        case "quit": return nil
        case "help":
          try FirstRunRegistration.say(Self.help, ending: "")
          continue
        default:
          if answer.hasPrefix("=") {
            answer = String(answer.dropFirst()).trimmedOfWhitespace()
            guard !answer.isEmpty else {
              try FirstRunRegistration.say("Type the answer after the =, e.g. = Help.")
              continue
            }
          }
        }
        guard !answer.isEmpty || allowEmpty else { continue }
        guard !UnsafeText.containsReplacementCharacter(answer) else {
          try FirstRunRegistration.say(UnsafeText.notUTF8Line)
          continue
        }
        do {
          return try accept(answer)
        } catch {
          // A sentence of its own: the ledger's and the board's reasons start in lower case, to follow
          // `error: ` elsewhere.
          try FirstRunRegistration.say(error.message.prefix(1).uppercased() + error.message.dropFirst())
        }
      }
    }
  }
}

extension Optional {
  /// The value, or a refusal with `reason` when there is none.
  fileprivate func orReason(_ reason: @autoclosure () -> String) throws(CommandError) -> Wrapped {
    guard let self else { throw CommandError(.usage, reason()) }
    return self
  }
}
