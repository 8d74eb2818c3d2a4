import VigilBase
import VigilCourse
import VigilGrading

/// What the engine knows about this session before it starts: the course, the quiz to take, the
/// learner and the values that come from the ledger and the board rules.
public struct SessionContext: Sendable, Hashable {
  /// The course taken.
  public var course: Course
  /// The quiz taken (for a changed course, built from the questions the attempt started with).
  public var quiz: Quiz
  /// The learner's name as certificates print it.
  public var learnerName: String
  /// What the learner's own boards give for the course.
  public var credits: [CreditLine]
  /// Extra seconds added to the quiz's time limit as an accommodation.
  public var extraTimeSeconds: Int
  /// Whether the countdown is left off the question screens (the deadline still holds).
  public var hidesCountdown: Bool
  /// Whether the course's content changed since the open attempt began.
  public var courseChanged: Bool
  /// The exact command that resumes the session, printed on quit.
  public var resumeCommand: String
  /// The day the learner last completed this course, when this taking is a retake.
  public var lastCompletedOn: CalendarDate?

  /// Creates a context.
  public init(
    course: Course, quiz: Quiz, learnerName: String, credits: [CreditLine] = [], extraTimeSeconds: Int = 0,
    hidesCountdown: Bool = false, courseChanged: Bool = false, resumeCommand: String = "vigil take",
    lastCompletedOn: CalendarDate? = nil
  ) {
    self.course = course
    self.quiz = quiz
    self.learnerName = learnerName
    self.credits = credits
    self.extraTimeSeconds = max(0, extraTimeSeconds)
    self.hidesCountdown = hidesCountdown
    self.courseChanged = courseChanged
    self.resumeCommand = resumeCommand
    self.lastCompletedOn = lastCompletedOn
  }

  /// The time limit with the extra time, in seconds, or nil without a limit.
  public var timeLimitSeconds: Int? {
    quiz.policy.timeLimitSeconds.map { limit in
      let (sum, overflow) = limit.addingReportingOverflow(extraTimeSeconds)
      return overflow ? Int.max / 2 : sum
    }
  }

  /// The quiz as an attempt with this stored deadline is graded: its time limit is the one the
  /// attempt started with (the limit and the extra time then), or none for an untimed attempt.
  func gradingQuiz(deadline: Timestamp?, startedAt: Timestamp) -> Quiz {
    var quiz = quiz
    quiz.policy.timeLimitSeconds = deadline.map { Int($0.secondsSinceEpoch - startedAt.secondsSinceEpoch) }
    return quiz
  }
}
