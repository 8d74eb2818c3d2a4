import VigilXML

/// The stable ids of every check `vigil validate` makes. They never change meaning; new checks get new ids.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable {
  // Files and XML
  case fileUnreadable = "file-unreadable"
  case xmlEmpty = "xml-empty"
  case xmlTooLarge = "xml-too-large"
  case xmlEncoding = "xml-encoding"
  case xmlDoctype = "xml-doctype"
  case xmlTooDeep = "xml-too-deep"
  case xmlMalformed = "xml-malformed"
  case xmlTooManyAttributes = "xml-too-many-attributes"
  case xmlTooManyNamespaces = "xml-too-many-namespaces"
  case xmlAttributeTooLong = "xml-attribute-too-long"
  case xmlNameTooLong = "xml-name-too-long"
  case textControlCharacter = "text-control-character"
  case xmlNamespace = "xml-namespace"
  case schema = "schema"
  // Packages
  case packageMissingCourse = "package-missing-course"
  case fileMissing = "file-missing"
  case fileOutsidePackage = "file-outside-package"
  case fileWrongKind = "file-wrong-kind"
  case packageTooLarge = "package-too-large"
  // Course semantics
  case duplicateID = "duplicate-id"
  case unresolvedReference = "unresolved-reference"
  case questionKindMismatch = "question-kind-mismatch"
  case questionUnanswerable = "question-unanswerable"
  case selectExceedsBank = "select-exceeds-bank"
  case passMarkUnreachable = "pass-mark-unreachable"
  case courseDates = "course-dates"
  case approvalDates = "approval-dates"
  case approvalHours = "approval-hours"
  case approvalExpiring = "approval-expiring"
  case lessonReadingTime = "lesson-reading-time"
  case questionWithoutFeedback = "question-without-feedback"
  // Board files (Boards/<board-id>.xml)
  case boardMissing = "board-missing"
  case boardFileName = "board-file-name"
  case boardDuplicateID = "board-duplicate-id"
  case boardUnresolvedReference = "board-unresolved-reference"
  case boardFrequency = "board-frequency"
  case boardHours = "board-hours"
  case boardCycle = "board-cycle"
  case boardRounding = "board-rounding"
  case boardReviewDue = "board-review-due"

  /// Whether the rule is about a file as XML (reading, well-formedness, namespace, schema) rather than its meaning.
  public var isFileLevel: Bool {
    switch self {
    case .fileUnreadable, .xmlEmpty, .xmlTooLarge, .xmlEncoding, .xmlDoctype, .xmlTooDeep, .xmlMalformed, .xmlNamespace,
      .xmlTooManyAttributes, .xmlTooManyNamespaces, .xmlAttributeTooLong, .xmlNameTooLong,
      .schema, .fileMissing, .fileOutsidePackage, .fileWrongKind, .packageMissingCourse, .packageTooLarge, .boardMissing:
      return true
    default:
      return false
    }
  }

  /// The rule id for an issue VigilXML found.
  public init(_ code: XMLIssue.Code) {
    switch code {
    case .unreadable: self = .fileUnreadable
    case .empty: self = .xmlEmpty
    case .tooLarge: self = .xmlTooLarge
    case .encoding: self = .xmlEncoding
    case .doctype: self = .xmlDoctype
    case .tooDeep: self = .xmlTooDeep
    case .malformed: self = .xmlMalformed
    case .tooManyAttributes: self = .xmlTooManyAttributes
    case .tooManyNamespaces: self = .xmlTooManyNamespaces
    case .attributeTooLong: self = .xmlAttributeTooLong
    case .nameTooLong: self = .xmlNameTooLong
    case .controlCharacter: self = .textControlCharacter
    case .schema: self = .schema
    }
  }
}
