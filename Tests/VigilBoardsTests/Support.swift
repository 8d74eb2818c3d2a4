import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport

/// The real board files in `Boards/`, read once with the repository's schema.
enum RealBoards {
  /// Reads `Boards/<id>.xml`; the test fails when the file has problems.
  static func board(_ id: String) throws -> Board {
    let reader = try BoardReader()
    let result = reader.read(fileAt: Repository.path("Boards/\(id).xml"))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return try #require(result.board)
  }

  /// An evaluator for a real board.
  static func evaluator(_ id: String) throws -> ComplianceEvaluator { ComplianceEvaluator(board: try board(id)) }
}

/// A date written as numbers.
func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day) }

/// A credit as the ledger would hold it, for a course completed on a day through one approval.
func credit(
  _ courseID: String, on day: CalendarDate, _ approver: String, minutes: Int, topics: Set<String> = [],
  version: String = "1.0.0"
) -> EarnedCredit {
  EarnedCredit(
    courseID: courseID, courseVersion: version, courseTitle: "Course \(courseID)", completedOn: day, approver: approver,
    approvalNumber: "EX-\(courseID)", minutes: minutes, topics: topics)
}

/// `count` distinct general courses of `minutes` each through `approver`, one a week from `start`.
func generalCredits(_ count: Int, minutes: Int, approver: String, from start: CalendarDate) -> [EarnedCredit] {
  (0..<count).map { credit("general-\($0)", on: start.adding(days: 7 * $0), approver, minutes: minutes) }
}
