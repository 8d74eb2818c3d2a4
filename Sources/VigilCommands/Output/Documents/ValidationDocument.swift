import VigilBase

/// `vigil validate --format json`: every problem found, with the counts and the summary line.
struct ValidationDocument: Encodable {
  /// One problem, as the text output's `path:line:column: severity: message [rule]`.
  struct Problem: Encodable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var rule: String
    var message: String

    init(_ diagnostic: Diagnostic) {
      file = diagnostic.file
      line = diagnostic.location.line
      column = diagnostic.location.column
      severity = diagnostic.severity.rawValue
      rule = diagnostic.ruleID.rawValue
      message = diagnostic.message
    }
  }

  var diagnostics: [Problem]
  var errors: Int
  var warnings: Int
  var packages: Int
  var files: Int
  var summary: String

  init(_ report: ValidationReport) {
    diagnostics = report.diagnostics.map(Problem.init)
    errors = report.errorCount
    warnings = report.warningCount
    packages = report.packageCount
    files = report.fileCount
    summary = report.summary
  }
}
