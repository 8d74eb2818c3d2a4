/// The stable id of a check that Vigil makes on a file, such as `schema` or `board-hours`.
///
/// The set is open: each module declares its own ids as static members in an extension (VigilXML the
/// `xml-*` ids, VigilCourse the course and package ids, VigilBoards the `board-*` ids). An id never
/// changes meaning; a new check gets a new id.
public struct RuleID: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
  /// The id as users see it, e.g. `select-exceeds-bank`.
  public let rawValue: String
  /// Whether the rule is about a file as XML (reading, well-formedness, namespace, schema) rather than
  /// its meaning; semantic rules wait until a package has no file-level problems.
  public let isFileLevel: Bool

  /// Declares a rule id.
  public init(_ rawValue: String, fileLevel: Bool = false) {
    self.rawValue = rawValue
    self.isFileLevel = fileLevel
  }

  public var description: String { rawValue }

  public static func == (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue == rhs.rawValue }

  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
