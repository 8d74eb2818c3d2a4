/// What reading one XML file produced: the element tree when the file parsed, and every issue found.
///
/// A document that breaks the schema still has a tree, so later checks can report their problems in
/// the same pass.
public struct XMLReadResult: Sendable {
  /// The root element, or nil when the file could not be parsed.
  public var root: XMLElement?
  /// The problems found, in document order.
  public var issues: [XMLIssue]

  /// Creates a result.
  public init(root: XMLElement?, issues: [XMLIssue]) {
    self.root = root
    self.issues = issues
  }
}
