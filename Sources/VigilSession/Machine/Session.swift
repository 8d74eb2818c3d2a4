import VigilCourse
import VigilGrading

/// The licensee's session for one course as a pure state machine.
///
/// The engine calls ``handle(_:at:)`` with each line typed and the current time, performs the
/// returned effects in order (committing answers and steps), then shows ``render(width:style:)``.
/// Nothing here reads a clock, a terminal, a file or a random source. ``init(context:history:)``
/// rebuilds the same state from what the ledger holds, followed by ``resume(at:)``.
public struct Session: Sendable {
  /// The course, quiz, learner and values the engine passed in.
  public let context: SessionContext
  /// The screen shown.
  public internal(set) var screen: SessionScreen
  /// The last step number used (steps are numbered from 1).
  public internal(set) var stepNumber: Int
  /// Seat time so far in seconds.
  public internal(set) var seatSeconds: Int
  /// Each lesson's pages.
  let lessonPages: [LessonPages]
  /// The quiz's questions by id (the first of a repeated id).
  let questionsByID: [String: Question]
  /// The attempt in progress.
  var attempt: OpenAttempt?
  /// The graded attempts of this enrolment, in order.
  public internal(set) var grades: [AttemptGrade]
  /// The attempt numbers started so far (graded and open).
  var attemptsStarted: Int
  /// Evaluation answers by question id.
  var evaluationAnswers: [String: String]
  /// Lesson ids with a recorded page view.
  var lessonsViewed: Set<String>
  /// When the learner last did something, for seat time.
  var lastActivity: Timestamp?
  /// The latest time the engine passed in (for the countdown).
  var now: Timestamp?
  /// Seat seconds on the current lesson page.
  var pageSeconds: Int
  /// Lines shown above the next screen (saved, problems, help, review), cleared by the next input.
  var notes: [ScreenLine]
  /// What the engine put in the certificate slot.
  var certificateLines: [String]
  /// The screen that was shown when the learner quit.
  var resumeScreen: SessionScreen?
  /// Whether the disclosures were acknowledged (recorded once per session).
  var disclosuresAcknowledged: Bool
  /// Whether the ledger holds the completion.
  var completionRecorded: Bool

  /// A session never started, at the intro.
  public init(context: SessionContext) {
    self.init(context: context, history: SessionHistory())
  }

  /// The same session as before: the screen, questions and choice order, answers and revisions,
  /// flags, step counter and seat time that `history` holds. Call ``resume(at:)`` next.
  public init(context: SessionContext, history: SessionHistory) {
    self.context = context
    lessonPages = context.course.lessons.map(LessonPages.init)
    questionsByID = Dictionary(
      context.quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    screen = .intro
    stepNumber = history.steps.map(\.number).max() ?? 0
    grades = history.attempts.compactMap(\.grade)
    attemptsStarted = history.attempts.map(\.record.attemptNumber).max() ?? 0
    attempt = history.attempts.last { $0.grade == nil }.map { OpenAttempt(record: $0.record, deadline: $0.deadline) }
    evaluationAnswers = [:]
    lessonsViewed = []
    var viewedSeconds = 0
    var lastLesson: (index: Int, page: Int)?
    var acknowledged = false
    for step in history.steps.sorted(by: { $0.number < $1.number }) {
      switch step.activity {
      case .disclosuresAcknowledged: acknowledged = true
      case .evaluationAnswered(let id, let answer): evaluationAnswers[id] = answer
      case .lessonViewed(let lessonID, let page, let seconds):
        lessonsViewed.insert(lessonID)
        viewedSeconds += max(0, seconds)
        if let index = context.course.lessons.firstIndex(where: { $0.id == lessonID }) {
          lastLesson = (index, page - 1)
        }
      }
    }
    seatSeconds = history.bookmark?.seatSeconds ?? viewedSeconds
    pageSeconds = 0
    notes = []
    certificateLines = []
    resumeScreen = nil
    disclosuresAcknowledged = acknowledged
    completionRecorded = history.isCompleted
    if let flagged = history.bookmark?.flagged { attempt?.flagged = Set(flagged) }
    let derived = derivedScreen(
      history: history, acknowledged: acknowledged, lastLesson: lastLesson)
    if let bookmarked = history.bookmark?.screen, isValid(bookmarked, history: history) {
      screen = bookmarked
    } else {
      screen = derived
    }
  }

  /// The screen the history implies when no usable bookmark says otherwise.
  private func derivedScreen(history: SessionHistory, acknowledged: Bool, lastLesson: (index: Int, page: Int)?)
    -> SessionScreen
  {
    if history.isCompleted { return .completion }
    if let attempt {
      let first = attempt.questions.firstIndex { attempt.latest[$0.questionID] == nil }
      return first.map { .question(index: $0) } ?? .submitSummary
    }
    if !grades.isEmpty {
      if quizPassed { return firstEvaluationScreen }
      return retryAvailable ? .result : .closed
    }
    guard acknowledged else { return .intro }
    guard let lastLesson else { return lessonPages.isEmpty ? .quizRules : .lesson(index: 0, page: 0) }
    return position(after: .lesson(index: lastLesson.index, page: lastLesson.page)) ?? .quizRules
  }

  /// Whether a bookmarked screen fits the history (a stale bookmark is ignored).
  private func isValid(_ screen: SessionScreen, history: SessionHistory) -> Bool {
    if history.isCompleted { return screen == .completion }
    switch screen {
    case .question(let index): return attempt.map { $0.questions.indices.contains(index) } ?? false
    case .submitSummary: return attempt != nil
    case .lesson(let index, let page):
      return attempt == nil && grades.isEmpty && lessonPages.indices.contains(index)
        && lessonPages[index].pages.indices.contains(page)
    case .intro, .quizRules: return attempt == nil && grades.isEmpty
    case .result: return attempt == nil && !grades.isEmpty
    case .evaluation(let index):
      return attempt == nil && quizPassed && context.course.evaluation.indices.contains(index)
    case .completion:
      return attempt == nil && quizPassed
        && context.course.evaluation.allSatisfy { !$0.isRequired || evaluationAnswers[$0.id] != nil }
    case .closed: return attempt == nil && !grades.isEmpty && !quizPassed && !retryAvailable
    case .startingAttempt, .quit: return false
    }
  }

  /// Where the session is, for the engine to store.
  public var bookmark: SessionBookmark {
    SessionBookmark(screen: screen, flagged: attempt.map { $0.flagged.sorted() } ?? [], seatSeconds: seatSeconds)
  }

  /// The number of the open attempt, if any.
  public var openAttemptNumber: Int? { attempt?.record.attemptNumber }

  /// The open attempt's record as the session holds it (every response saved, oldest first).
  public var openAttemptRecord: AttemptRecord? { attempt?.record }

  /// Whether the graded attempts pass under the quiz's grading method.
  var quizPassed: Bool { context.quiz.policy.quizResult(from: grades)?.passed ?? false }

  /// The first evaluation screen without an answer, or the completion.
  var firstEvaluationScreen: SessionScreen {
    let index = context.course.evaluation.firstIndex { evaluationAnswers[$0.id] == nil }
    return index.map { .evaluation(index: $0) } ?? .completion
  }

  /// The deadline of the open attempt as stored when it started (start + time limit + the extra
  /// time then), if it has one: a course changed since, or a changed accommodation, does not move it.
  public var deadline: Timestamp? { attempt?.deadline }

  /// The question of the quiz with this id.
  func question(_ id: String) -> Question? { questionsByID[id] }
}
