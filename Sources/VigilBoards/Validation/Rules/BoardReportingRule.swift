import VigilBase
import VigilCourse
import VigilXML

/// `board-reporting`: the CE Broker codes name each license type and each topic at most once, and only
/// license types the board issues.
struct BoardReportingRule: BoardRule {
  let id = RuleID.boardReporting

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    guard let codes = document.root.child(named: "reporting")?.child(named: "ceBroker") else { return [] }
    let licenseTypes = Set((document.root[attribute: "licenseTypes"] ?? "").words)
    var diagnostics = duplicates(codes.children(named: "profession"), key: "licenseType", noun: "license type", document)
      + duplicates(codes.children(named: "subjectArea"), key: "topic", noun: "topic", document)
    for profession in codes.children(named: "profession") {
      guard let type = profession[attribute: "licenseType"]?.trimmedOfWhitespace(), !licenseTypes.contains(type) else {
        continue
      }
      diagnostics.append(
        document.diagnostic(
          id,
          "license type '\(type)' is not one of the board's (\(licenseTypes.sorted().joined(separator: " "))); "
            + "give profession codes for the board's own types",
          at: profession, attribute: "licenseType"))
    }
    return diagnostics
  }

  private func duplicates(_ elements: [XMLElement], key: String, noun: String, _ document: BoardDocument)
    -> [Diagnostic]
  {
    var first: [String: XMLElement] = [:]
    var diagnostics: [Diagnostic] = []
    for element in elements {
      guard let value = element[attribute: key]?.trimmedOfWhitespace() else { continue }
      if let earlier = first[value] {
        diagnostics.append(
          document.diagnostic(
            id,
            "\(noun) '\(value)' already has a CE Broker code at line \(earlier.location.line); give each \(noun) one code",
            at: element, attribute: key))
      } else {
        first[value] = element
      }
    }
    return diagnostics
  }
}
