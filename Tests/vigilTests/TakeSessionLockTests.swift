import Foundation
import Testing
import VigilTestSupport

/// One `vigil take` session per learner and home: a second is refused while the first runs (two would
/// each grade the attempt they keep in memory, leaving out what the other saved), and the lock goes
/// with the first session however it ends.
@Suite(.timeLimit(.minutes(1))) struct TakeSessionLockTests {
  private func arguments(_ course: TemporaryDirectory, _ home: TemporaryDirectory) -> [String] {
    ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"]
  }

  @Test func aSecondSessionOfTheLearnerIsRefusedUntilTheFirstEnds() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let first = try LiveProcess(try #require(CommandRunner.vigilPath), arguments(course, home))
    first.send(String(TakeCourse.registration.dropLast()))
    try first.wait(for: "confirm you have read the disclosures")

    let second = try CommandRunner.vigil(arguments(course, home), input: "\n\nquit\n")
    #expect(second.status == 2)
    #expect(
      second.error
        == "error: Ana Díaz is already taking a course in another vigil take session on \(home.path); finish or quit "
        + "that session first, then run this again\n")

    // kill -9 leaves no lock behind: the next session resumes.
    first.kill()
    let third = try CommandRunner.vigil(arguments(course, home), input: "quit\n")
    #expect(third.status == 0, "\(third.error)")
    #expect(third.output.contains("Learner: Ana Díaz"), "\(third.output)")
  }
}
