import VigilBase
import VigilCourse

/// One semantic check of a board file that passed the schema, identified by a stable rule id.
protocol BoardRule: Sendable {
  /// The rule's id, printed with each diagnostic it makes.
  var id: RuleID { get }
  /// The problems the rule finds in a board file.
  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic]
}

/// What board rules may need beyond the file.
struct BoardCheckContext: Sendable {
  /// The date the review warning is measured from; nil when reading boards for use rather than validating.
  var today: CalendarDate?
}
