import VigilBase
import VigilCourse
import VigilXML

/// `board-frequency`: a requirement's frequency and its `every` and `firstDue` attributes agree:
/// every-nth-cycle needs N of at least 1 and a first due cycle from 1 to N; other frequencies take neither;
/// yearly needs a cycle of whole years; a one-time requirement has no occurrence but the first.
struct BoardFrequencyRule: BoardRule {
  let id = RuleID.boardFrequency

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    document.root.children(named: "requirement").flatMap { check($0, document) }
  }

  private func check(_ element: XMLElement, _ document: BoardDocument) -> [Diagnostic] {
    let frequency = element[attribute: "frequency"]?.trimmedOfWhitespace() ?? ""
    let occurrences = frequency == "one-time" ? onlyFirstOccurrence(element, document) : []
    return occurrences + checkCycles(element, frequency, document)
  }

  /// A one-time requirement falls due once, so an approver limited to another occurrence is never accepted.
  private func onlyFirstOccurrence(_ element: XMLElement, _ document: BoardDocument) -> [Diagnostic] {
    element.children(named: "accept").compactMap { accept in
      guard let text = accept[attribute: "occurrence"], let occurrence = ExactDecimal.integer(text), occurrence != 1
      else { return nil }
      return document.diagnostic(
        id,
        "occurrence=\"\(occurrence)\" never comes: a one-time requirement falls due once; write occurrence=\"1\" "
          + "or remove it",
        at: accept, attribute: "occurrence")
    }
  }

  private func checkCycles(_ element: XMLElement, _ frequency: String, _ document: BoardDocument) -> [Diagnostic] {
    let every = element[attribute: "every"].flatMap(ExactDecimal.integer)
    let firstDue = element[attribute: "firstDue"].flatMap(ExactDecimal.integer)
    guard frequency == "every-nth-cycle" else {
      let misplaced: [String] = ["every", "firstDue"].filter { element.attribute($0) != nil }
      var diagnostics = misplaced.map { name in
        document.diagnostic(
          id, "\(name) applies only to frequency=\"every-nth-cycle\"; remove it or change the frequency",
          at: element, attribute: name)
      }
      if frequency == "yearly", document.cycleMonths % 12 != 0 {
        diagnostics.append(
          document.diagnostic(
            id,
            "a yearly requirement needs a cycle of whole years, but the cycle is \(document.cycleMonths) months; "
              + "use every-cycle or fix the cycle",
            at: element, attribute: "frequency"))
      }
      return diagnostics
    }
    guard let every else {
      return [
        document.diagnostic(
          id, "frequency=\"every-nth-cycle\" needs every=\"N\" (N at least 1); add it", at: element,
          attribute: "frequency")
      ]
    }
    guard every >= 1 else {
      return [
        document.diagnostic(
          id, "every=\"\(every)\" is not a number of cycles; write 1 or more (every=\"3\" is every third cycle)",
          at: element, attribute: "every")
      ]
    }
    if let firstDue, firstDue > every {
      return [
        document.diagnostic(
          id, "firstDue=\"\(firstDue)\" is after the first \(every) cycles; write a cycle from 1 to \(every)",
          at: element, attribute: "firstDue")
      ]
    }
    return []
  }
}
