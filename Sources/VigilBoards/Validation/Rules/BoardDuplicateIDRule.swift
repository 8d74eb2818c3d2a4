import VigilBase
import VigilCourse
import VigilXML

/// `board-duplicate-id`: totals, subtotals, requirements and caps share one id space (certifications and
/// exemptions waive them by id), and each source id is used once.
struct BoardDuplicateIDRule: BoardRule {
  let id = RuleID.boardDuplicateID

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    let sources = document.root.child(named: "sources")?.children(named: "source") ?? []
    return duplicates(in: document.ruleElements, kind: "rule", noun: "total, subtotal, requirement and cap", document)
      + duplicates(in: sources, kind: "source", noun: "source", document)
  }

  private func duplicates(in elements: [XMLElement], kind: String, noun: String, _ document: BoardDocument)
    -> [Diagnostic]
  {
    var first: [String: XMLElement] = [:]
    var diagnostics: [Diagnostic] = []
    for element in elements {
      guard let value = element[attribute: "id"]?.trimmedOfWhitespace() else { continue }
      if let earlier = first[value] {
        diagnostics.append(
          document.diagnostic(
            id, "\(kind) id '\(value)' is already used at line \(earlier.location.line); give each \(noun) its own id",
            at: element, attribute: "id"))
      } else {
        first[value] = element
      }
    }
    return diagnostics
  }
}
