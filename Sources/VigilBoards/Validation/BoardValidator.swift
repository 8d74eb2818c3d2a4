import VigilBase
import VigilCourse

/// Validates board files for `vigil validate`: the safe reader and `Schemas/board.xsd`, then the semantic
/// board rules (unique ids, resolved references, coherent frequencies, hours, retention, cycle, rounding,
/// file name, and a warning when the rules have not been reviewed for a year).
///
/// Hand it to ``VigilCourse/PathValidator`` as a ``VigilCourse/DocumentValidator``; files whose first
/// bytes declare `urn:vigil:board:1` come here.
public final class BoardValidator: DocumentValidator {
  /// The semantic rules, in the order their diagnostics are reported.
  static let rules: [any BoardRule] = [
    BoardFileNameRule(), BoardDuplicateIDRule(), BoardReferenceRule(), BoardCycleRule(), BoardRoundingRule(),
    BoardHoursRule(), BoardFrequencyRule(), BoardRetentionRule(), BoardReportingRule(), BoardReviewRule(),
  ]

  private let reader: BoardReader
  private let context: BoardCheckContext

  /// Creates a validator; `today` is the date the review warning is measured from.
  ///
  /// - Throws: ``BoardError`` when the board schema cannot be found or compiled.
  public init(today: CalendarDate) throws(BoardError) {
    reader = try BoardReader()
    context = BoardCheckContext(today: today)
  }

  /// `urn:vigil:board:1`.
  public var namespace: String { BoardNamespace.uri }

  /// Every problem in the board file at `path`. Semantic rules run only on files valid under the schema,
  /// so one mistake is not reported twice in other words.
  public func validate(fileAt path: String) -> [Diagnostic] {
    let (document, diagnostics) = reader.document(at: path)
    guard let document else { return diagnostics }
    return Self.check(document, context: context)
  }

  /// Runs every rule over a document.
  static func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    rules.flatMap { $0.check(document, context: context) }
  }
}
