import VigilBase
import VigilCourse
import VigilXML

/// `board-hours`: hours are never negative and come to whole minutes at the board's minutes per hour, and a
/// subtotal asks for no more hours than its total.
struct BoardHoursRule: BoardRule {
  let id = RuleID.boardHours

  /// The attributes that hold hours, by element name.
  static let hourAttributes: [(element: String, attribute: String)] = [
    ("total", "hours"), ("subtotal", "hours"), ("requirement", "hours"), ("cap", "hours"), ("unit", "increment"),
    ("proration", "hoursPerMonth"), ("carryForward", "hours"),
  ]

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    let perHour = document.minutesPerHour
    var diagnostics: [Diagnostic] = []
    for element in document.root.descendantsAndSelf() {
      for (name, attribute) in Self.hourAttributes where element.name == name {
        guard let text = element[attribute: attribute], let hundredths = ExactDecimal.hundredths(text) else { continue }
        if hundredths < 0 {
          diagnostics.append(
            document.diagnostic(
              id, "\(attribute)=\"\(text)\" is negative; hours are 0 or more", at: element, attribute: attribute))
        } else if ExactDecimal.minutes(hundredths: hundredths, minutesPerHour: perHour, exact: true) == nil {
          diagnostics.append(
            document.diagnostic(
              id,
              "\(attribute)=\"\(text)\" is not a whole number of minutes at \(perHour) minutes per hour; "
                + "round it to a whole minute",
              at: element, attribute: attribute))
        }
      }
    }
    return diagnostics + subtotalsWithinTheirTotals(document)
  }

  /// A subtotal is part of its total, so it cannot ask for more hours than the total does.
  private func subtotalsWithinTheirTotals(_ document: BoardDocument) -> [Diagnostic] {
    let root = document.root
    var totalHours: [String: Int] = [:]
    for total in root.children(named: "total") {
      if let id = total[attribute: "id"]?.trimmedOfWhitespace(),
        let hundredths = total[attribute: "hours"].flatMap(ExactDecimal.hundredths)
      {
        totalHours[id] = hundredths
      }
    }
    return root.children(named: "subtotal").compactMap { subtotal in
      guard let text = subtotal[attribute: "hours"], let hundredths = ExactDecimal.hundredths(text),
        let of = subtotal[attribute: "of"]?.trimmedOfWhitespace(), let limit = totalHours[of], hundredths > limit
      else { return nil }
      return document.diagnostic(
        id,
        "hours=\"\(text)\" is more than the \(HoursText.format(hundredths: limit)) hours of its total '\(of)'; "
          + "a subtotal is part of its total",
        at: subtotal, attribute: "hours")
    }
  }
}
