import Foundation
import Testing
import VigilTestSupport

/// `vigil take` on a real pseudo-terminal (Python's pexpect, installed by scripts/test): colour on a
/// terminal and never with NO_COLOR, --plain or TERM=dumb; no alternate screen or cursor movement;
/// an answer never confirmed with Enter not saved at Ctrl-D; the terminal's settings unchanged after
/// kill -9. The checks are in Tests/Interop/terminal-session.py.
@Suite(
  .enabled(if: (try? CommandRunner.run("python3", ["-c", "import pexpect"]))?.status == 0, "pexpect is not installed"),
  .timeLimit(.minutes(2)))
struct TerminalInteropTests {
  @Test func aTerminalGetsColourAndAKillLeavesItAsItWas() throws {
    let course = try TakeCourse.make()
    let work = TemporaryDirectory()
    let result = try CommandRunner.run(
      "python3",
      [
        Repository.path("Tests/Interop/terminal-session.py"), try #require(CommandRunner.vigilPath), course.path,
        Repository.path("Boards"), work.path,
      ])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(!result.output.contains("FAIL"), "\(result.output)")
    #expect(result.output.components(separatedBy: "\nok: ").count == 12, "every check ran: \(result.output)")
  }
}
