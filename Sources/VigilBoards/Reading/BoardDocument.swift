import VigilBase
import VigilCourse
import VigilXML

/// A board file that parsed and passed the schema: its path and root element, which semantic rules check
/// before the file is built into a ``Board``.
struct BoardDocument {
  /// The path shown in diagnostics.
  var file: String
  /// The `<board>` element.
  var root: XMLElement

  /// The totals, subtotals, requirements and caps, in document order: the elements whose ids share one space.
  var ruleElements: [XMLElement] {
    root.children.filter { ["total", "subtotal", "requirement", "cap"].contains($0.name) }
  }

  /// The board's minutes per hour (60 when the unit is missing, which the schema does not allow).
  var minutesPerHour: Int {
    root.child(named: "unit")?[attribute: "minutesPerHour"].flatMap(ExactDecimal.integer) ?? 60
  }

  /// The board's cycle length in months (24 when missing, which the schema does not allow).
  var cycleMonths: Int {
    root.child(named: "cycle")?[attribute: "months"].flatMap(ExactDecimal.integer) ?? 24
  }

  /// A diagnostic at an element, or at one of its attributes when it has it.
  func diagnostic(
    _ rule: RuleID, _ message: String, at element: XMLElement, attribute name: String? = nil,
    severity: Diagnostic.Severity = .error
  ) -> Diagnostic {
    let location = name.flatMap { element.attribute($0)?.location } ?? element.location
    return Diagnostic(severity, rule, message, file: file, at: location)
  }
}

extension String {
  /// The space-separated words of the string.
  var words: [String] { split(whereSeparator: { $0.isWhitespace }).map(String.init) }
}
