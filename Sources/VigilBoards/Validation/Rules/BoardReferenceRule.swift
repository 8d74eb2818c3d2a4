import VigilBase
import VigilCourse
import VigilXML

/// `board-unresolved-reference`: every cited source, every waived rule and every license type a rule names
/// exists in the file.
struct BoardReferenceRule: BoardRule {
  let id = RuleID.boardUnresolvedReference

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    let root = document.root
    let sourceIDs = Set(
      (root.child(named: "sources")?.children(named: "source") ?? []).compactMap { $0[attribute: "id"] })
    let waivable = Set(
      root.children.filter { $0.name == "total" || $0.name == "requirement" }.compactMap { $0[attribute: "id"] })
    let licenseTypes = Set((root[attribute: "licenseTypes"] ?? "").words)
    var diagnostics: [Diagnostic] = []
    for element in root.descendantsAndSelf() {
      for value in (element[attribute: "source"] ?? "").words where !sourceIDs.contains(value) {
        diagnostics.append(
          document.diagnostic(
            id,
            "source '\(value)' is not defined; add <source id=\"\(value)\" href=\"...\"> to <sources> or fix the id",
            at: element, attribute: "source"))
      }
      for value in (element[attribute: "waives"] ?? "").words where !waivable.contains(value) {
        diagnostics.append(
          document.diagnostic(
            id,
            "'\(value)' is not the id of a total or requirement of this board; waive an existing rule or fix the id",
            at: element, attribute: "waives"))
      }
      guard element.name == "appliesTo" || element.name == "approver" else { continue }
      for value in (element[attribute: "licenseTypes"] ?? "").words where !licenseTypes.contains(value) {
        diagnostics.append(
          document.diagnostic(
            id,
            "license type '\(value)' is not one of the board's (\(licenseTypes.sorted().joined(separator: " "))); "
              + "add it to <board licenseTypes> or fix it",
            at: element, attribute: "licenseTypes"))
      }
    }
    return diagnostics
  }
}
