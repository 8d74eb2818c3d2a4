import VigilBase

extension Diagnostic {
  /// Creates a diagnostic at a place in a course file.
  public init(_ severity: Severity, _ ruleID: RuleID, _ message: String, at reference: SourceReference) {
    self.init(severity, ruleID, message, file: reference.file, at: reference.location)
  }
}
