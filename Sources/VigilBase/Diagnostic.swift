/// A problem in a course package or board file: where it is, how bad, what to do, and which rule found it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// The file cannot be used as it is.
    case error
    /// The file works but something looks wrong; `--strict` makes warnings fail.
    case warning
  }

  /// How serious the problem is.
  public var severity: Severity
  /// The stable id of the rule that found it (see ``RuleID``).
  public var ruleID: RuleID
  /// What is wrong and how to fix it.
  public var message: String
  /// The file's path as the user gave it.
  public var file: String
  /// Where in the file.
  public var location: SourceLocation

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ ruleID: RuleID, _ message: String, file: String, at location: SourceLocation = .start
  ) {
    self.severity = severity
    self.ruleID = ruleID
    self.message = message
    self.file = file
    self.location = location
  }

  /// `path:line:column: severity: message [rule-id]`, the format compilers use.
  public var description: String {
    "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(ruleID.rawValue)]"
  }
}
