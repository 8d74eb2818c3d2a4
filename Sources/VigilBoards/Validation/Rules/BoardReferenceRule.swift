import VigilBase
import VigilCourse
import VigilXML

/// `board-unresolved-reference`: every cited source, every waived rule, the total a subtotal is part of,
/// the requirements carry-forward excludes, and every license type a rule names exist in the file.
struct BoardReferenceRule: BoardRule {
  let id = RuleID.boardUnresolvedReference

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    let root = document.root
    let sourceIDs = Set(
      (root.child(named: "sources")?.children(named: "source") ?? []).compactMap { $0[attribute: "id"] })
    func ids(_ names: [String]) -> Set<String> {
      Set(root.children.filter { names.contains($0.name) }.compactMap { $0[attribute: "id"]?.trimmedOfWhitespace() })
    }
    let waivable = ids(["total", "subtotal", "requirement"])
    let totals = ids(["total"])
    let requirements = ids(["requirement"])
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
            "'\(value)' is not the id of a total, subtotal or requirement of this board; waive an existing rule or "
              + "fix the id",
            at: element, attribute: "waives"))
      }
      if element.name == "subtotal", let value = element[attribute: "of"]?.trimmedOfWhitespace(),
        !totals.contains(value)
      {
        diagnostics.append(
          document.diagnostic(
            id, "'\(value)' is not the id of a total of this board; name the total the subtotal is part of",
            at: element, attribute: "of"))
      }
      for value in (element[attribute: "excludes"] ?? "").words where !requirements.contains(value) {
        diagnostics.append(
          document.diagnostic(
            id,
            "'\(value)' is not the id of a requirement of this board; carry-forward excludes requirements, so fix "
              + "the id",
            at: element, attribute: "excludes"))
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
