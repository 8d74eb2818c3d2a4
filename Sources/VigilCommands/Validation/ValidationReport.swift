import VigilBase

/// What `vigil validate` found across all the paths it was given.
struct ValidationReport: Sendable {
  /// Every problem, grouped by file in the order the files were checked.
  var diagnostics: [Diagnostic]
  /// How many course packages were checked.
  var packageCount: Int
  /// How many files outside packages were checked.
  var fileCount: Int

  /// Creates a report.
  init(diagnostics: [Diagnostic] = [], packageCount: Int = 0, fileCount: Int = 0) {
    self.diagnostics = diagnostics
    self.packageCount = packageCount
    self.fileCount = fileCount
  }

  /// The number of errors.
  var errorCount: Int { diagnostics.count { $0.severity == .error } }
  /// The number of warnings.
  var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  /// Whether the run failed: any error, or any warning when `strict`.
  func failed(strict: Bool) -> Bool { errorCount > 0 || (strict && warningCount > 0) }

  /// One line: `2 errors, 1 warning in 3 packages and 1 file`.
  var summary: String {
    func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
    var checked = [count(packageCount, "package")]
    if fileCount > 0 { checked.append(count(fileCount, "file")) }
    return "\(count(errorCount, "error")), \(count(warningCount, "warning")) in \(checked.joined(separator: " and "))"
  }
}
