/// What reading one XML file produced: the element tree when the file parsed, and every issue found.
///
/// A document that breaks the schema still has a tree, so later checks can report their problems in
/// the same pass.
public struct XMLReadResult: Sendable {
  /// The root element, or nil when the file could not be parsed.
  public var root: XMLElement?
  /// The problems found, in document order.
  public var issues: [XMLIssue]
  /// The SHA-256 of the file's bytes as lowercase hex, when its bytes were read.
  public var sha256: String?

  /// Creates a result.
  public init(root: XMLElement?, issues: [XMLIssue], sha256: String? = nil) {
    self.root = root
    self.issues = issues
    self.sha256 = sha256
  }
}
