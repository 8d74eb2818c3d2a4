/// What `vigil validate` found across all the paths it was given.
public struct ValidationReport: Sendable {
  /// Every problem, grouped by file in the order the files were checked.
  public var diagnostics: [Diagnostic]
  /// How many course packages were checked.
  public var packageCount: Int
  /// How many files outside packages were checked.
  public var fileCount: Int

  /// Creates a report.
  public init(diagnostics: [Diagnostic] = [], packageCount: Int = 0, fileCount: Int = 0) {
    self.diagnostics = diagnostics
    self.packageCount = packageCount
    self.fileCount = fileCount
  }

  /// The number of errors.
  public var errorCount: Int { diagnostics.count { $0.severity == .error } }
  /// The number of warnings.
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  /// Whether the run failed: any error, or any warning when `strict`.
  public func failed(strict: Bool) -> Bool { errorCount > 0 || (strict && warningCount > 0) }

  /// One line: `2 errors, 1 warning in 3 packages and 1 file`.
  public var summary: String {
    func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
    var checked = [count(packageCount, "package")]
    if fileCount > 0 { checked.append(count(fileCount, "file")) }
    return "\(count(errorCount, "error")), \(count(warningCount, "warning")) in \(checked.joined(separator: " and "))"
  }
}
