import VigilBase
import VigilCourse

/// `board-cycle`: a fixed cycle names its epoch, and only a fixed cycle does.
struct BoardCycleRule: BoardRule {
  let id = RuleID.boardCycle

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    guard let cycle = document.root.child(named: "cycle") else { return [] }
    let isFixed = cycle[attribute: "anchor"]?.trimmedOfWhitespace() == "fixed"
    if isFixed, cycle.attribute("epoch") == nil {
      return [
        document.diagnostic(
          id, "anchor=\"fixed\" needs epoch=\"YYYY-MM-DD\", the first day of one cycle; add it", at: cycle,
          attribute: "anchor")
      ]
    }
    if !isFixed, cycle.attribute("epoch") != nil {
      return [
        document.diagnostic(
          id, "epoch applies only to anchor=\"fixed\"; remove it or change the anchor", at: cycle, attribute: "epoch")
      ]
    }
    return []
  }
}
