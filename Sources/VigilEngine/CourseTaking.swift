import Foundation
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger
import VigilSession

/// A licensee's taking of a course, run against the ledger: it builds the session from what the
/// ledger holds (so a resume shows the same screen, questions and choice order), and commits every
/// effect the session asks for before the next screen is shown.
///
/// The one random source of a session lives here, at the edge: the engine picks each attempt's seed.
/// The time comes from the caller (`vigil take` reads `CommandClock`) with every call, and the pure
/// session gets it as `now`.
public final class CourseTaking {
  /// The session, as it stands.
  public private(set) var session: Session
  /// Whether the learner quit (or the session ended): the caller stops reading input.
  public private(set) var hasEnded = false
  /// The completion, once recorded.
  public private(set) var completion: Completion?
  /// What the course's last completion's certificate says, when it stands (neither revoked nor
  /// superseded) and its files were missing and have been written again as the taking started
  /// (``CertificateIssuing/restoreMissingFiles(of:)``); empty otherwise.
  public private(set) var restoredCertificate: [String] = []

  private let ledger: Ledger
  private let package: CoursePackage
  private let boards: [Board]
  private let quiz: Quiz
  private let place: SessionPlace
  private let timeZone: String
  private let contentDigest: String
  private let certificates: CertificateIssuing
  private var attemptIDs: [Int: Int64] = [:]

  /// Prepares the session of `learner` in the course: a new one, or the open enrolment resumed.
  ///
  /// - Parameters:
  ///   - timeZone: The learner's IANA time zone, for attempts and the completion date.
  ///   - resumeCommand: What the learner types to come back, shown when they quit.
  ///   - hidesCountdown: Leaves the time left off the question screens (the deadline still holds).
  ///   - certificates: Where a pass's certificates are signed and written.
  /// - Throws: ``VigilLedger/LedgerError``, ``VigilCourse/CourseError`` or ``EngineError``.
  public init(
    ledger: Ledger, package: CoursePackage, boards: [Board], learner: Learner, timeZone: String, today: CalendarDate,
    resumeCommand: String, hidesCountdown: Bool = false, certificates: CertificateIssuing
  ) throws {
    self.ledger = ledger
    self.certificates = certificates
    self.package = package
    self.boards = boards
    self.timeZone = timeZone
    let course = package.course
    quiz = try course.quiz(selecting: nil)
    let digest = try package.contentDigest()
    contentDigest = digest
    let enrolment = try ledger.completionCount(learnerID: learner.id, courseID: course.id) + 1
    place = SessionPlace(learnerID: learner.id, courseID: course.id, enrolment: enrolment)
    let attempts = try ledger.attempts(learnerID: learner.id, courseID: course.id, quizID: quiz.id, enrolment: enrolment)
    attemptIDs = Dictionary(attempts.map { ($0.record.attemptNumber, $0.id) }, uniquingKeysWith: { _, last in last })
    let open = attempts.last.flatMap { $0.isFinished ? nil : $0 }
    let lastCompletion = enrolment > 1 ? try ledger.lastCompletion(learnerID: learner.id, courseID: course.id) : nil
    let context = SessionContext(
      course: course, quiz: quiz, learnerName: learner.name,
      credits: try Self.creditLines(ledger: ledger, learner: learner, course: course, boards: boards, on: today),
      extraTimeSeconds: try Self.extraTimeSeconds(ledger: ledger, learnerID: learner.id, quiz: quiz),
      hidesCountdown: hidesCountdown, courseChanged: open.map { $0.contentDigest != digest } ?? false,
      resumeCommand: resumeCommand,
      lastCompletedOn: lastCompletion?.day)
    let steps = try ledger.sessionSteps(in: place).compactMap(Self.recordedStep)
    let bookmark = try ledger.latestBookmark(in: place).flatMap { try? JSONDecoder().decode(SessionBookmark.self, from: Data($0.utf8)) }
    if steps.isEmpty && attempts.isEmpty && bookmark == nil {
      session = Session(context: context)
    } else {
      let history = SessionHistory(
        steps: steps, attempts: attempts.map { RecordedAttempt(record: $0.record, grade: $0.grade, deadline: $0.deadline) },
        bookmark: bookmark)
      session = Session(context: context, history: history)
    }
    if let lastCompletion {
      restoredCertificate =
        certificates.restoreMissingFiles(of: try ledger.certificateEditions(completionID: lastCompletion.id)) ?? []
    }
  }

  /// Whether this taking continues one already begun (the session then says where it resumes).
  public var isResuming: Bool { session.stepNumber > 0 || !attemptIDs.isEmpty }

  /// Resumes a session begun earlier: checks the deadline and says where it stands.
  public func resume(at now: Timestamp) throws {
    try perform(session.resume(at: now), at: now)
  }

  /// Handles one line the learner typed, committing what it changes before returning.
  public func handle(_ input: String, at now: Timestamp) throws {
    try perform(session.handle(input, at: now), at: now)
  }

  /// Shows the five-minute warning or grades the open attempt at its deadline when no line was typed:
  /// the terminal adapter calls it at ``Session/nextAlarm(after:)``.
  public func checkDeadline(at now: Timestamp) throws {
    try perform(session.checkDeadline(at: now), at: now)
  }

  /// Commits the session's effects in order; an answer and the bookmark after it share a transaction.
  private func perform(_ effects: [SessionEffect], at now: Timestamp) throws {
    var index = effects.startIndex
    while index < effects.endIndex {
      switch effects[index] {
      case .saveResponse(let answer):
        let next = effects.index(after: index)
        if next < effects.endIndex, case .saveBookmark(let bookmark) = effects[next] {
          try ledger.recordResponse(
            try newResponse(answer), bookmark: try Self.json(bookmark), step: max(1, session.stepNumber), in: place)
          index = next
        } else {
          try ledger.recordResponse(try newResponse(answer))
        }
      case .recordStep(let step):
        try ledger.recordSessionStep(Self.ledgerStep(step.activity), number: step.number, in: place, at: now)
      case .saveBookmark(let bookmark):
        try ledger.recordSessionStep(
          .bookmarked(state: try Self.json(bookmark)), number: max(1, session.stepNumber), in: place, at: now)
      case .startAttempt(let number):
        try perform(try startAttempt(number: number, at: now), at: now)
      case .submit(let grade):
        guard let id = attemptIDs[grade.attemptNumber] else {
          throw EngineError(.inconsistent, "attempt \(grade.attemptNumber) of this session is not in the ledger")
        }
        try ledger.finishAttempt(id: id, grade: grade, finishedAt: now)
      case .complete:
        try complete(at: now)
      case .quit:
        hasEnded = true
      }
      index = effects.index(after: index)
    }
    if session.screen == .closed { hasEnded = true }
  }

  /// Assembles a new attempt from a fresh seed, stores it with its questions, and tells the session.
  private func startAttempt(number: Int, at now: Timestamp) throws -> [SessionEffect] {
    let seed = UInt64.random(in: .min ... .max)
    let realised: RealisedAttempt
    do {
      realised = try QuizAssembler.assemble(quiz: quiz, seed: seed)
    } catch {
      throw EngineError(.quizUnusable, "the quiz cannot be assembled (\(error)); run vigil validate on the course")
    }
    let byID = Dictionary(
      quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // The learner's accommodation as it stands now: a change applies from the next attempt.
    let extra = try Self.extraTimeSeconds(ledger: ledger, learnerID: place.learnerID, quiz: quiz)
    let deadline = quiz.policy.timeLimitSeconds.map { now.adding(seconds: $0 + extra) }
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: place.learnerID, courseID: package.course.id, courseVersion: package.course.version,
        contentDigest: contentDigest, attempt: realised, startedAt: now,
        deadline: deadline,
        questions: realised.questions.compactMap { byID[$0.questionID] }, timeZone: timeZone, enrolment: place.enrolment))
    guard attempt.record.attemptNumber == number else {
      throw EngineError(
        .inconsistent, "the ledger numbered the new attempt \(attempt.record.attemptNumber), the session \(number)")
    }
    attemptIDs[number] = attempt.id
    return session.attemptStarted(attempt.record, deadline: deadline, at: now)
  }

  /// Records the completion of the attempt that passed, with the credit each license earns and its
  /// certificates (in one transaction), then writes the certificates' files and puts them on the
  /// completion screen.
  private func complete(at now: Timestamp) throws {
    guard completion == nil else { return }
    let passed = try ledger.attempts(
      learnerID: place.learnerID, courseID: package.course.id, quizID: quiz.id, enrolment: place.enrolment
    ).last { $0.grade?.passed == true }
    guard let passed else { throw EngineError(.inconsistent, "the session asked to complete, but no attempt passed") }
    let issuer = try certificates.issuer(course: package.course, passPercent: quiz.policy.passPercent, boards: boards)
    let recorded = try ledger.complete(
      attemptID: passed.id, course: package.course, boards: boards, completedAt: now, issuer: issuer)
    completion = recorded
    session.certificateIssued(certificates.deliver(try ledger.certificates(completionID: recorded.id)))
  }

  /// The learner's extra time on this quiz in seconds: their percentage of its limit (0 when untimed).
  /// An attempt already started keeps the deadline stored with it.
  private static func extraTimeSeconds(ledger: Ledger, learnerID: Int64, quiz: Quiz) throws -> Int {
    guard let limit = quiz.policy.timeLimitSeconds else { return 0 }
    return limit * (try ledger.extraTimePercent(learnerID: learnerID)) / 100
  }

  private func newResponse(_ answer: AnswerToSave) throws -> NewResponse {
    guard let id = attemptIDs[answer.attemptNumber] else {
      throw EngineError(.inconsistent, "attempt \(answer.attemptNumber) of this session is not in the ledger")
    }
    return NewResponse(
      attemptID: id, questionID: answer.questionID, sequence: answer.revision, typed: answer.typed,
      response: answer.response, savedAt: answer.savedAt)
  }
}
