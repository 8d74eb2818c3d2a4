import Testing
import VigilBase
import VigilCourse
import VigilGrading
import VigilTestSupport

/// `Course.quiz(selecting:)`, the "only quiz or --quiz" rule commands share, and the course outline's
/// percent formatting at extreme values.
@Suite struct QuizSelectionTests {
  private func course() throws -> Course {
    let directory = CourseFixture().write()
    let (package, diagnostics) = try CoursePackageReader().read(packageAt: directory.path)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    return try #require(package).course
  }

  private func quiz(_ id: String) -> Quiz {
    Quiz(id: id, title: id, sections: [], policy: AttemptPolicy(passPercent: 70))
  }

  @Test func theOnlyQuizNeedsNoID() throws {
    var course = try course()
    course.quizzes = [quiz("final")]
    #expect(try course.quiz(selecting: nil).id == "final")
    #expect(try course.quiz(selecting: "final").id == "final")
  }

  private func selectionError(_ course: Course, _ id: String?) -> CourseError? {
    do {
      _ = try course.quiz(selecting: id)
      return nil
    } catch {
      return error
    }
  }

  @Test func anUnknownIDListsTheKnownOnes() throws {
    var course = try course()
    course.quizzes = [quiz("final"), quiz("midterm")]
    #expect(try course.quiz(selecting: "midterm").id == "midterm")
    let error = try #require(selectionError(course, "mid"))
    #expect(error.code == .quizNotFound)
    #expect(error.message == "the course has no quiz 'mid'; its quizzes are final, midterm")
  }

  @Test func severalQuizzesNeedAnID() throws {
    var course = try course()
    course.quizzes = [quiz("final"), quiz("midterm")]
    let error = try #require(selectionError(course, nil))
    #expect(error.code == .quizNotFound)
    #expect(error.message == "the course has several quizzes; choose one with --quiz (final, midterm)")
  }

  @Test func aCourseWithoutQuizzes() throws {
    var course = try course()
    course.quizzes = []
    #expect(selectionError(course, nil)?.message == "the course has no quiz to grade")
    #expect(selectionError(course, "final")?.message == "the course has no quiz 'final'; it has no quizzes")
  }

  @Test func anEchoedIDIsEscaped() throws {
    var course = try course()
    course.quizzes = [quiz("final")]
    #expect(selectionError(course, "x\u{1B}[31m")?.message == "the course has no quiz 'x\\u{1B}[31m'; its quizzes are final")
  }

  /// `String(Int(value))` trapped on a pass mark of 1e20 (a schema-invalid tree still gets outlined).
  @Test(arguments: [1e20, Double.infinity, 72.5])
  func outlineShowsAnyPassMark(passPercent: Double) throws {
    var course = try course()
    var quiz = try #require(course.quizzes.first)
    quiz.policy.passPercent = passPercent
    course.quizzes = [quiz]
    let line = try #require(CourseOutline(course).lines.first { $0.hasPrefix("Quiz ") })
    #expect(line.contains("pass at \(ScoreFormat.percent(passPercent)),"), "\(line)")
  }
}
