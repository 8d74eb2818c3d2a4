import VigilBase
import VigilCourse
import VigilXML

/// Builds a ``Board`` from a `<board>` element that passed the schema and the semantic rules.
///
/// The builder relies on what those checks guarantee (ids, hours in whole minutes, coherent frequencies)
/// but never traps: a value that is somehow missing falls back to a neutral default.
struct BoardBuilder {
  /// The board's minutes per hour, which every `hours` attribute is converted with.
  let minutesPerHour: Int

  /// Creates a builder for a document.
  init(_ document: BoardDocument) {
    minutesPerHour = document.minutesPerHour
  }

  /// Builds the board.
  func build(_ root: XMLElement) -> Board {
    Board(
      id: root[attribute: "id"] ?? "",
      name: root.child(named: "name")?.normalizedText ?? "",
      jurisdiction: root[attribute: "jurisdiction"] ?? "",
      licenseTypes: (root[attribute: "licenseTypes"] ?? "").words,
      reviewed: date(root[attribute: "reviewed"]) ?? CalendarDate(year: 1970, month: 1, day: 1),
      sources: (root.child(named: "sources")?.children(named: "source") ?? []).map(source),
      cycle: cycle(root.child(named: "cycle")),
      unit: unit(root.child(named: "unit")),
      generalCredit: generalCredit(root.child(named: "generalCredit")),
      totals: root.children(named: "total").map(total),
      subtotals: root.children(named: "subtotal").map(subtotal),
      requirements: root.children(named: "requirement").map(requirement),
      certifications: root.children(named: "certification").map(certification),
      firstRenewal: root.child(named: "firstRenewal").map(firstRenewal),
      caps: root.children(named: "cap").map(cap),
      noDuplicateActivity: root.child(named: "noDuplicateActivity").map {
        CitedRule(citation: citation($0), notes: notes($0))
      },
      carryForward: root.child(named: "carryForward").map(carryForward),
      cure: root.child(named: "cure").map(cure),
      retention: root.child(named: "retention").map {
        RecordRetention(years: int($0[attribute: "years"]) ?? 0, citation: citation($0), notes: notes($0))
      },
      reporting: root.child(named: "reporting").map(reporting),
      notes: notes(root))
  }

  // MARK: - Shared parts

  func citation(_ element: XMLElement) -> Citation {
    Citation(text: element[attribute: "citation"] ?? "", sourceIDs: (element[attribute: "source"] ?? "").words)
  }

  func notes(_ element: XMLElement) -> [BoardNote] {
    element.children(named: "note").map {
      BoardNote(
        kind: $0[attribute: "kind"].flatMap { BoardNote.Kind(rawValue: $0.trimmedOfWhitespace()) } ?? .interpretation,
        text: $0.normalizedText, sourceIDs: ($0[attribute: "source"] ?? "").words)
    }
  }

  func appliesTo(_ element: XMLElement) -> [Applicability] {
    element.children(named: "appliesTo").map {
      Applicability(
        licenseTypes: ($0[attribute: "licenseTypes"] ?? "").words, attributes: ($0[attribute: "attributes"] ?? "").words
      )
    }
  }

  func title(_ element: XMLElement) -> String { element.child(named: "title")?.normalizedText ?? "" }

  func minutes(_ text: String?) -> Int? {
    text.flatMap(ExactDecimal.hundredths).flatMap {
      ExactDecimal.minutes(hundredths: $0, minutesPerHour: minutesPerHour, exact: true)
    }
  }

  func int(_ text: String?) -> Int? { text.flatMap(ExactDecimal.integer) }

  func date(_ text: String?) -> CalendarDate? { text.flatMap { CalendarDate($0.trimmedOfWhitespace()) } }

  // MARK: - Board-level parts

  private func source(_ element: XMLElement) -> BoardSource {
    BoardSource(
      id: element[attribute: "id"] ?? "", href: element[attribute: "href"] ?? "",
      kind: element[attribute: "kind"].flatMap { BoardSource.Kind(rawValue: $0.trimmedOfWhitespace()) } ?? .secondary,
      title: element.normalizedText)
  }

  private func cycle(_ element: XMLElement?) -> CycleRule {
    guard let element else {
      return CycleRule(months: 24, anchor: .licenseExpiry, citation: Citation(text: "", sourceIDs: []))
    }
    let anchor: CycleRule.Anchor
    switch element[attribute: "anchor"]?.trimmedOfWhitespace() {
    case "birth-month": anchor = .birthMonth
    case "fixed": anchor = date(element[attribute: "epoch"]).map { .fixed(epoch: $0) } ?? .licenseExpiry
    default: anchor = .licenseExpiry
    }
    return CycleRule(
      months: max(1, int(element[attribute: "months"]) ?? 24), anchor: anchor, citation: citation(element),
      notes: notes(element))
  }

  private func unit(_ element: XMLElement?) -> CreditUnit {
    guard let element else {
      return CreditUnit(minutesPerHour: minutesPerHour, citation: Citation(text: "", sourceIDs: []))
    }
    let rounds = element[attribute: "rounding"]?.trimmedOfWhitespace() == "down"
    return CreditUnit(
      minutesPerHour: minutesPerHour, roundingStepMinutes: rounds ? minutes(element[attribute: "increment"]) : nil,
      citation: citation(element), notes: notes(element))
  }

  private func generalCredit(_ element: XMLElement?) -> GeneralCredit {
    guard let element else { return GeneralCredit(grants: [], citation: Citation(text: "", sourceIDs: [])) }
    return GeneralCredit(
      grants: element.children(named: "approver").map {
        GeneralCredit.Grant(
          approver: $0[attribute: "code"] ?? "", licenseTypes: ($0[attribute: "licenseTypes"] ?? "").words)
      },
      citation: citation(element), notes: notes(element))
  }
}
