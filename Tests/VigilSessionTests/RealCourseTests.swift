import Testing
import VigilCourse
import VigilGrading
import VigilTestSupport

@testable import VigilSession

/// The real course, read from `Courses/human-trafficking-healthcare`, taken from the intro to the
/// completion with the right answers.
@Suite struct RealCourseTests {
  static func course() throws -> Course {
    let (package, diagnostics) = try CoursePackageReader().read(
      packageAt: Repository.path("Courses/human-trafficking-healthcare"))
    guard let course = package?.course else {
      Issue.record("the real course did not read: \(diagnostics)")
      throw CourseError(.notFound, "no course")
    }
    return course
  }

  /// The answer a licensee who knows the key types, in display labels.
  static func rightAnswer(_ question: Question, _ presented: PresentedQuestion) -> String {
    func letter(_ id: String, _ order: [String]) -> String { DisplayLabel.letter(at: order.firstIndex(of: id) ?? 0) }
    switch question.kind {
    case .singleChoice(let choices):
      return choices.first { $0.isCorrect }.map { letter($0.id, presented.choiceOrder) } ?? "a"
    case .multipleResponse(let choices, _):
      let letters = choices.filter(\.isCorrect).map { letter($0.id, presented.choiceOrder) }
      return letters.isEmpty ? "none" : letters.joined(separator: " ")
    case .trueFalse(let answer): return answer ? "t" : "f"
    case .ordering(let items, _): return items.map { letter($0.id, presented.itemOrder) }.joined(separator: " ")
    case .matching(let stems, _):
      return presented.stemOrder.enumerated().map { index, id in
        let target = stems.first { $0.id == id }?.targetID ?? ""
        return "\(index + 1)\(letter(target, presented.targetOrder))"
      }.joined(separator: " ")
    case .shortText(let answers, _):
      let best = answers.max { $0.fraction < $1.fraction }?.pattern ?? ""
      return best.filter { $0 != "*" }
    case .numeric(let answers):
      return answers.max { $0.fraction < $1.fraction }.map { ScoreFormat.shortest($0.value) } ?? "0"
    }
  }

  @Test func aWholeSessionOnTheRealCourse() throws {
    let course = try Self.course()
    let quiz = try #require(course.quiz(id: "final"))
    let context = SessionContext(course: course, quiz: quiz, learnerName: "王芳")
    var session = Session(context: context)
    var clock = 0
    func type(_ line: String) -> [SessionEffect] {
      clock += 30
      return session.handle(line, at: Fixtures.at(clock))
    }
    var rendered = [session.render(width: 80, style: .plain)]
    _ = type("")
    var pageCounters: [String] = []
    while case .lesson = session.screen {
      let status = session.screenText.lines.first { $0.role == .status }?.text ?? ""
      pageCounters.append(status)
      rendered.append(session.render(width: 40, style: .plain))
      _ = type("")
    }
    #expect(
      pageCounters.first
        == "Lesson 1 of \(course.lessons.count), page 1 of \(LessonPages(course.lessons[0]).pages.count)")
    #expect(pageCounters.count == course.lessons.reduce(0) { $0 + LessonPages($1).pages.count })
    #expect(session.screen == .quizRules)
    let effects = type("")
    #expect(effects.last == .startAttempt(number: 1))
    let realised = try QuizAssembler.assemble(quiz: quiz, seed: 42)
    _ = session.attemptStarted(
      AttemptRecord(attemptNumber: 1, startedAt: Fixtures.at(clock), attempt: realised), deadline: nil,
      at: Fixtures.at(clock))
    #expect(realised.questions.count == 10)
    for (index, presented) in realised.questions.enumerated() {
      #expect(session.screenText.lines.first { $0.role == .status }?.text == "Question \(index + 1) of 10")
      rendered.append(session.render(width: 40, style: .plain))
      let question = try #require(session.question(presented.questionID))
      let saved = type(Self.rightAnswer(question, presented))
      #expect(saved.first.map { if case .saveResponse = $0 { true } else { false } } == true, "\(question.id)")
    }
    #expect(session.screen == .submitSummary)
    let submitted = type("submit")
    guard case .submit(let grade)? = submitted.first else {
      Issue.record("no submit: \(submitted)")
      return
    }
    #expect(grade.percentage == 100)
    rendered.append(session.render(width: 120, style: .plain))
    _ = type("")
    for question in course.evaluation {
      _ = type(question.kind == .rating ? "4" : "Ask patients alone.")
    }
    #expect(session.screen == .completion)
    for text in rendered {
      for line in text.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 120) }
    }
  }

  @Test func lessonPagesHoldAboutTwentyLines() throws {
    for lesson in try Self.course().lessons {
      for page in LessonPages(lesson).pages {
        let height = page.reduce(0) { total, line in
          let label = line.label.isEmpty ? 0 : DisplayWidth.of(line.label) + 1
          return total + TextWrap.lines(line.text, width: LessonPages.measureWidth - line.indent - label).count
        }
        // A page overflows only when a single block is longer than a page on its own.
        #expect(
          height <= LessonPages.linesPerPage || page.filter { $0.role != .blank && $0.role != .heading }.count == 1)
        #expect(page.last?.role != .heading)
      }
    }
  }

  @Test func resumeMidQuizShowsTheSameShuffledQuestion() throws {
    let course = try Self.course()
    let quiz = try #require(course.quiz(id: "final"))
    let context = SessionContext(course: course, quiz: quiz, learnerName: "أحمد الفارس")
    let realised = try QuizAssembler.assemble(quiz: quiz, seed: 20_261_201)
    var record = AttemptRecord(attemptNumber: 1, startedAt: Fixtures.at(0), attempt: realised)
    var session = Session(context: context)
    var steps: [RecordedStep] = []
    var bookmark: SessionBookmark?
    func perform(_ effects: [SessionEffect]) {
      for effect in effects {
        switch effect {
        case .recordStep(let step): steps.append(step)
        case .saveBookmark(let mark): bookmark = mark
        case .saveResponse(let answer):
          record.responses.append(
            SavedResponse(questionID: answer.questionID, response: answer.response, savedAt: answer.savedAt))
        default: break
        }
      }
    }
    var clock = 0
    perform(session.handle("", at: Fixtures.at(clock)))
    while session.screen != .quizRules {
      clock += 20
      perform(session.handle("", at: Fixtures.at(clock)))
    }
    perform(session.handle("", at: Fixtures.at(clock)))
    record.startedAt = Fixtures.at(clock)
    perform(session.attemptStarted(record, deadline: nil, at: Fixtures.at(clock)))
    for presented in realised.questions.prefix(3) {
      let question = try #require(session.question(presented.questionID))
      clock += 40
      perform(session.handle(Self.rightAnswer(question, presented), at: Fixtures.at(clock)))
    }
    clock += 5
    perform(session.handle("flag", at: Fixtures.at(clock)))
    var before = session
    before.notes = []
    perform(session.handle("quit", at: Fixtures.at(clock + 5)))

    let history = SessionHistory(steps: steps, attempts: [RecordedAttempt(record: record)], bookmark: bookmark)
    var resumed = Session(context: context, history: history)
    #expect(resumed.resume(at: Fixtures.at(clock + 3600)).isEmpty)
    #expect(resumed.screenText.lines.first?.text == "Resuming your attempt: question 4 of 10, 3 answered.")
    #expect(resumed.seatSeconds == session.seatSeconds)
    #expect(resumed.stepNumber == session.stepNumber)
    resumed.notes = []
    for width in [40, 80, 120] {
      for style in ScreenStyle.allCases {
        #expect(resumed.render(width: width, style: style) == before.render(width: width, style: style))
      }
    }
  }
}
