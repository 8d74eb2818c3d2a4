import Foundation
import VigilCommands

// `vigil` as the end-to-end tests run it when they need to control time: with VIGIL_TEST_CLOCK set to
// a file holding seconds since the Unix epoch, every reading of the clock reads that file, so a test
// moves time forward by rewriting it (a 1-minute time limit runs out without sleeping). Without the
// variable it is the shipped `vigil`. This executable is built with the tests and never installed.
if let path = ProcessInfo.processInfo.environment["VIGIL_TEST_CLOCK"] {
  CommandClock.seconds = {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
      let seconds = Int64(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { fatalError("VIGIL_TEST_CLOCK names \(path), which does not hold seconds since the epoch") }
    return seconds
  }
}
VigilCommand.main()
