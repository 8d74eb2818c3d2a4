import VigilBase

extension RuleID {
  /// The ids of the problems VigilXML finds in a file: one per ``XMLIssue/Code``, plus `xml-namespace`.
  public static let xmlRules: [RuleID] = XMLIssue.Code.allCases.map(\.ruleID) + [.xmlNamespace]

  /// The file's root element is not in the namespace (or is not the element) its reader expects.
  public static let xmlNamespace = RuleID("xml-namespace", fileLevel: true)
  /// The file could not be opened or read.
  public static let fileUnreadable = XMLIssue.Code.unreadable.ruleID
  /// The document breaks its XML schema.
  public static let schema = XMLIssue.Code.schema.ruleID
}

extension XMLIssue.Code {
  /// The rule id users see for this kind of problem. Every XML issue is a file-level problem but a
  /// control character in text: the file is still read, so the semantic rules still run on it.
  public var ruleID: RuleID { RuleID(rawValue, fileLevel: self != .controlCharacter) }
}

extension Diagnostic {
  /// Creates an error diagnostic from an issue VigilXML found in a file.
  public init(_ issue: XMLIssue, file: String) {
    self.init(.error, issue.code.ruleID, issue.message, file: file, at: issue.location)
  }
}
