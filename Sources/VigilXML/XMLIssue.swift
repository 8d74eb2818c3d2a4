import VigilBase

/// A problem found while reading an XML file: what it is, where, and a message that says what to do.
public struct XMLIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of problem; its raw value is the stable rule id printed to users.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// The file could not be opened or read.
    case unreadable = "file-unreadable"
    /// The file is empty or holds only white space.
    case empty = "xml-empty"
    /// The file is larger than the size limit.
    case tooLarge = "xml-too-large"
    /// The file is not UTF-8, or holds bytes XML does not allow.
    case encoding = "xml-encoding"
    /// The file declares a DOCTYPE, which Vigil never accepts.
    case doctype = "xml-doctype"
    /// Elements nest deeper than the limit.
    case tooDeep = "xml-too-deep"
    /// An element has more attributes than the limit.
    case tooManyAttributes = "xml-too-many-attributes"
    /// An element declares more namespaces than the limit.
    case tooManyNamespaces = "xml-too-many-namespaces"
    /// An attribute value is longer than the limit.
    case attributeTooLong = "xml-attribute-too-long"
    /// An element or attribute name is longer than the limit.
    case nameTooLong = "xml-name-too-long"
    /// Text or an attribute value holds a control character or a bidirectional override or isolate,
    /// written as itself or as a character reference (XML allows them; a terminal or a PDF acts on them).
    case controlCharacter = "text-control-character"
    /// The file is not well-formed XML.
    case malformed = "xml-malformed"
    /// The document breaks the XML schema.
    case schema = "schema"
  }

  /// The kind of problem.
  public var code: Code
  /// What is wrong and how to fix it.
  public var message: String
  /// Where the problem is.
  public var location: SourceLocation

  /// Creates an issue.
  public init(_ code: Code, _ message: String, at location: SourceLocation = .start) {
    self.code = code
    self.message = message
    self.location = location
  }

  public var description: String { "\(location): \(message) [\(code.rawValue)]" }
}
