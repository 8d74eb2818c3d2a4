import VigilBase
import VigilCourse

/// Prints diagnostics as compiler-style text lines or as one JSON document.
struct DiagnosticPrinter {
  let format: OutputFormat
  let output: FileHandleOutput

  /// Prints the whole report.
  func print(_ report: ValidationReport) throws(CommandError) {
    switch format {
    case .text:
      let color = output.allowsColor
      var text = ""
      for diagnostic in report.diagnostics { text += line(for: diagnostic, color: color) + "\n" }
      text += report.summary + "\n"
      try output.write(text)
    case .json:
      try output.write(try JSONOutput.encode(ValidationDocument(report)))
    }
  }

  private func line(for diagnostic: Diagnostic, color: Bool) -> String {
    guard color else { return diagnostic.description }
    let code = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
    let place = "\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column)"
    return "\u{1B}[1m\(place):\u{1B}[0m \(code)\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message) "
      + "[\(diagnostic.ruleID.rawValue)]"
  }
}
