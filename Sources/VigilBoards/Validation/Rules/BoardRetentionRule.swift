import VigilBase
import VigilCourse

/// `board-retention`: a requirement keeps its proof either for a number of years or indefinitely, not both.
struct BoardRetentionRule: BoardRule {
  let id = RuleID.boardRetention

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    document.root.children(named: "requirement").compactMap { requirement in
      let indefinitely = requirement[attribute: "retainIndefinitely"]?.trimmedOfWhitespace()
      guard requirement.attribute("retainYears") != nil, indefinitely == "true" || indefinitely == "1" else {
        return nil
      }
      return document.diagnostic(
        id,
        "retainYears and retainIndefinitely=\"true\" contradict each other; keep the one the board's rule states",
        at: requirement, attribute: "retainYears")
    }
  }
}
