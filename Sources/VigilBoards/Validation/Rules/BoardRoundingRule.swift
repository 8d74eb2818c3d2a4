import VigilBase
import VigilCourse

/// `board-rounding`: rounding down names an increment of more than zero, and only rounding down does.
struct BoardRoundingRule: BoardRule {
  let id = RuleID.boardRounding

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    guard let unit = document.root.child(named: "unit") else { return [] }
    let roundsDown = unit[attribute: "rounding"]?.trimmedOfWhitespace() == "down"
    let increment = unit[attribute: "increment"].flatMap(ExactDecimal.hundredths)
    if roundsDown, unit.attribute("increment") == nil {
      return [
        document.diagnostic(
          id, "rounding=\"down\" needs increment=\"H\", the hours to round down to (0.5 for half hours); add it",
          at: unit, attribute: "rounding")
      ]
    }
    if !roundsDown, unit.attribute("increment") != nil {
      return [
        document.diagnostic(
          id, "increment applies only to rounding=\"down\"; remove it or change the rounding", at: unit,
          attribute: "increment")
      ]
    }
    if roundsDown, let increment, increment == 0 {
      return [
        document.diagnostic(
          id, "increment=\"0\" would round every credit to nothing; write the step in hours, e.g. 0.5", at: unit,
          attribute: "increment")
      ]
    }
    return []
  }
}
