import Testing
import VigilBase
import VigilCourse
import VigilGrading
import VigilTestSupport

/// The reader turns XML into the model the grading engine and the terminal session use.
@Suite struct CourseReaderTests {
  private func read(_ fixture: CourseFixture) throws -> Course {
    let directory = fixture.write()
    let (package, diagnostics) = try CoursePackageReader().read(packageAt: directory.path)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    return try #require(package).course
  }

  @Test func readsCourseIdentityProviderAndApproval() throws {
    let course = try read(CourseFixture())
    #expect(course.id == "fixture")
    #expect(course.version == "1.0.0")
    #expect(course.language == "en-US")
    #expect(course.released == CalendarDate(year: 2026, month: 1, day: 1))
    #expect(course.expires == CalendarDate(year: 2027, month: 12, day: 31))
    #expect(course.provider.name == "Test Provider")
    #expect(course.provider.web == "https://vigil.example/")
    let approval = try #require(course.approvals.first)
    #expect(approval.approver == "ANCC")
    #expect(approval.hundredthsOfHour == 10)
    #expect(approval.minutes == 6)
    #expect(approval.isExample)
    #expect(approval.topics == ["human-trafficking"])
    #expect(course.learningMinutes == 6)
  }

  @Test func readsLessonsAndQuiz() throws {
    let course = try read(CourseFixture())
    let lesson = try #require(course.lessons.first)
    #expect(lesson.id == "l1")
    #expect(lesson.minutes == 1)
    #expect(lesson.objectiveIDs == ["o1"])
    #expect(lesson.wordCount == 183)
    let quiz = try #require(course.quiz(id: "final"))
    #expect(quiz.policy.passPercent == 80)
    #expect(quiz.policy.maxAttempts == 3)
    #expect(quiz.policy.gradingMethod == .highest)
    #expect(quiz.sections.first?.selectCount == 2)
    #expect(quiz.sections.first?.pool.questions.map(\.id) == ["q1", "q2"])
  }

  @Test func readsEveryQuestionKind() throws {
    var fixture = CourseFixture()
    fixture.replace(
      "    </questionBank>",
      with: """
            <question id="mr" kind="multiple-response" scheme="partial" points="2">
              <prompt>Water?</prompt>
              <choice id="h" correct="true" weight="0.5">H</choice>
              <choice id="o" correct="true" weight="0.5">O</choice>
              <choice id="cl" weight="-0.5" feedback="No chlorine.">Cl</choice>
            </question>
            <question id="m" kind="matching"><prompt>Match</prompt>
              <stem id="1" matches="x">One</stem><stem id="2" matches="y">Two</stem>
              <target id="x">X</target><target id="y">Y</target><target id="z">Z</target>
              <feedback>F</feedback></question>
            <question id="o" kind="ordering" scoring="adjacent-pairs"><prompt>Order</prompt>
              <item id="i1">First</item><item id="i2">Second</item><feedback>F</feedback></question>
            <question id="s" kind="short-text" caseSensitive="true"><prompt>Animal?</prompt>
              <answer>frog</answer><answer fraction="0.8">toad</answer><answer fraction="0">*</answer>
              <feedback>F</feedback></question>
            <question id="n" kind="numeric"><prompt>Digits?</prompt>
              <numericAnswer value="233733" tolerance="0.01" toleranceMode="relative"/><feedback>F</feedback></question>
          </questionBank>
        """)
    let questions = try #require(try read(fixture).questionBanks.first).questions
    #expect(questions.map(\.id) == ["q1", "q2", "mr", "m", "o", "s", "n"])
    #expect(questions[1].kind == .trueFalse(answer: true))
    #expect(questions[2].points == 2)
    #expect(
      questions[2].kind
        == .multipleResponse(
          [
            Choice(id: "h", text: "H", isCorrect: true, weight: 0.5),
            Choice(id: "o", text: "O", isCorrect: true, weight: 0.5),
            Choice(id: "cl", text: "Cl", weight: -0.5, feedback: "No chlorine."),
          ], scheme: .partial))
    #expect(
      questions[3].kind
        == .matching(
          stems: [MatchStem(id: "1", text: "One", targetID: "x"), MatchStem(id: "2", text: "Two", targetID: "y")],
          targets: [MatchTarget(id: "x", text: "X"), MatchTarget(id: "y", text: "Y"), MatchTarget(id: "z", text: "Z")]))
    #expect(questions[4].kind == .ordering(items: [OrderItem(id: "i1", text: "First"), OrderItem(id: "i2", text: "Second")], scoring: .adjacentPairs))
    #expect(
      questions[5].kind
        == .shortText(
          answers: [
            TextAnswer(pattern: "frog", fraction: 1), TextAnswer(pattern: "toad", fraction: 0.8),
            TextAnswer(pattern: "*", fraction: 0),
          ], isCaseSensitive: true))
    #expect(questions[6].kind == .numeric(answers: [NumericAnswer(value: 233_733, tolerance: 0.01, toleranceMode: .relative)]))
  }

  @Test func calendarDateArithmetic() {
    let date = CalendarDate(year: 2026, month: 11, day: 29)
    #expect(date.daysSinceEpoch == 20_786)
    #expect(CalendarDate(daysSinceEpoch: 0) == CalendarDate(year: 1970, month: 1, day: 1))
    #expect(date.adding(days: 90) == CalendarDate(year: 2027, month: 2, day: 27))
    #expect(CalendarDate(year: 2026, month: 1, day: 31).adding(months: 1) == CalendarDate(year: 2026, month: 2, day: 28))
    #expect(CalendarDate(year: 2026, month: 3, day: 15).adding(months: -24) == CalendarDate(year: 2024, month: 3, day: 15))
  }
}
