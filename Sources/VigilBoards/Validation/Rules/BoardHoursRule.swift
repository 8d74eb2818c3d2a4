import VigilBase
import VigilCourse
import VigilXML

/// `board-hours`: hours are never negative and come to whole minutes at the board's minutes per hour.
struct BoardHoursRule: BoardRule {
  let id = RuleID.boardHours

  /// The attributes that hold hours, by element name.
  static let hourAttributes: [(element: String, attribute: String)] = [
    ("total", "hours"), ("requirement", "hours"), ("cap", "hours"), ("unit", "increment"),
    ("proration", "hoursPerMonth"),
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
    return diagnostics
  }
}
