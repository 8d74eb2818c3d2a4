import Foundation
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger
import VigilSession

extension CourseTaking {
  /// The session's activity as the ledger records it.
  static func ledgerStep(_ activity: SessionActivity) -> SessionStep {
    switch activity {
    case .lessonViewed(let lessonID, let page, let seconds): .lessonViewed(lessonID: lessonID, page: page, seconds: seconds)
    case .disclosuresAcknowledged: .disclosuresAcknowledged
    case .evaluationAnswered(let questionID, let answer): .evaluationAnswered(questionID: questionID, answer: answer)
    }
  }

  /// A step the ledger holds as the session's history (bookmarks are read apart).
  static func recordedStep(_ saved: (number: Int, step: SessionStep, at: Timestamp)) -> RecordedStep? {
    let activity: SessionActivity
    switch saved.step {
    case .lessonViewed(let lessonID, let page, let seconds): activity = .lessonViewed(lessonID: lessonID, page: page, seconds: seconds)
    case .disclosuresAcknowledged: activity = .disclosuresAcknowledged
    case .evaluationAnswered(let questionID, let answer): activity = .evaluationAnswered(questionID: questionID, answer: answer)
    case .bookmarked: return nil
    }
    return RecordedStep(number: saved.number, activity: activity)
  }

  /// The bookmark as JSON text.
  static func json(_ bookmark: SessionBookmark) throws -> String {
    String(decoding: try bookmarkEncoder.encode(bookmark), as: UTF8.self)
  }

  /// One encoder for every bookmark (one is saved with each answer; making an encoder costs more than
  /// encoding a bookmark).
  private static let bookmarkEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()

  /// What the learner's own boards would give for the course completed today, one line per credit.
  static func creditLines(ledger: Ledger, learner: Learner, course: Course, boards: [Board], on day: CalendarDate) throws
    -> [CreditLine]
  {
    var lines: [CreditLine] = []
    for transcript in try ledger.learnerSheet(id: learner.id).licenses {
      guard let board = boards.first(where: { $0.id == transcript.license.profile.boardID }) else { continue }
      let credits = (try? CreditAward(board: board).credits(for: course, completedOn: day, license: transcript.license.profile)) ?? []
      lines += credits.map { CreditLine(board: board.name, credit: $0, minutesPerHour: board.unit.minutesPerHour) }
    }
    return lines
  }
}
