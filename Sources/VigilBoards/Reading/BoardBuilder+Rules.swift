import VigilBase
import VigilXML

extension BoardBuilder {
  func total(_ element: XMLElement) -> TotalRule {
    TotalRule(
      id: element[attribute: "id"] ?? "", title: title(element), minutes: minutes(element[attribute: "hours"]) ?? 0,
      appliesTo: appliesTo(element), lookBackMonths: int(element[attribute: "lookBackMonths"]),
      citation: citation(element), notes: notes(element))
  }

  func subtotal(_ element: XMLElement) -> SubtotalRule {
    SubtotalRule(
      id: element[attribute: "id"] ?? "", title: title(element), totalID: element[attribute: "of"] ?? "",
      minutes: minutes(element[attribute: "hours"]) ?? 0, approvers: (element[attribute: "approvers"] ?? "").words,
      topics: (element[attribute: "topics"] ?? "").words, appliesTo: appliesTo(element), citation: citation(element),
      notes: notes(element))
  }

  func requirement(_ element: XMLElement) -> Requirement {
    let frequency: Requirement.Frequency
    switch element[attribute: "frequency"]?.trimmedOfWhitespace() {
    case "every-nth-cycle":
      let every = max(1, int(element[attribute: "every"]) ?? 1)
      frequency = .everyNthCycle(
        every: every, firstDue: min(every, max(1, int(element[attribute: "firstDue"]) ?? every)))
    case "one-time": frequency = .oneTime
    case "yearly": frequency = .yearly
    default: frequency = .everyCycle
    }
    let approvers: Requirement.Approvers
    var occurrenceLimits: [String: Int] = [:]
    if element.child(named: "acceptAnyApprover") != nil {
      approvers = .any
    } else {
      let accepts = element.children(named: "accept")
      let codes = accepts.compactMap { $0[attribute: "approver"]?.trimmedOfWhitespace() }
      approvers = codes.isEmpty ? .general : .only(codes)
      for accept in accepts {
        if let code = accept[attribute: "approver"]?.trimmedOfWhitespace(),
          let limit = int(accept[attribute: "occurrence"])
        {
          occurrenceLimits[code] = limit
        }
      }
    }
    let retain = element[attribute: "retainIndefinitely"]?.trimmedOfWhitespace()
    return Requirement(
      id: element[attribute: "id"] ?? "", title: title(element), topic: element[attribute: "topic"] ?? "",
      minutes: minutes(element[attribute: "hours"]), frequency: frequency,
      placement: element[attribute: "placement"].flatMap { Requirement.Placement(rawValue: $0.trimmedOfWhitespace()) }
        ?? .withinTotal,
      approvers: approvers, occurrenceLimits: occurrenceLimits, appliesTo: appliesTo(element),
      effective: date(element[attribute: "effective"]), retainIndefinitely: retain == "true" || retain == "1",
      retainYears: int(element[attribute: "retainYears"]), citation: citation(element), notes: notes(element))
  }

  func certification(_ element: XMLElement) -> CertificationSubstitution {
    CertificationSubstitution(
      attribute: element[attribute: "attribute"] ?? "", waives: (element[attribute: "waives"] ?? "").words,
      citation: citation(element), notes: notes(element))
  }

  func firstRenewal(_ element: XMLElement) -> FirstRenewalRule {
    FirstRenewalRule(
      exemption: element.child(named: "exemption").map {
        FirstRenewalRule.Exemption(
          attribute: $0[attribute: "attribute"]?.trimmedOfWhitespace(), waives: ($0[attribute: "waives"] ?? "").words)
      },
      prorationMinutesPerMonth: element.child(named: "proration").flatMap { minutes($0[attribute: "hoursPerMonth"]) },
      citation: citation(element), notes: notes(element))
  }

  func cap(_ element: XMLElement) -> CreditCap {
    CreditCap(
      id: element[attribute: "id"] ?? "", title: title(element),
      period: element[attribute: "per"].flatMap { CreditCap.Period(rawValue: $0.trimmedOfWhitespace()) } ?? .cycle,
      minutes: minutes(element[attribute: "hours"]) ?? 0, approvers: (element[attribute: "approvers"] ?? "").words,
      topics: (element[attribute: "topics"] ?? "").words, appliesTo: appliesTo(element), citation: citation(element),
      notes: notes(element))
  }

  func carryForward(_ element: XMLElement) -> CarryForwardRule {
    CarryForwardRule(
      minutes: minutes(element[attribute: "hours"]) ?? 0, excludes: (element[attribute: "excludes"] ?? "").words,
      citation: citation(element), notes: notes(element))
  }

  func cure(_ element: XMLElement) -> CureRule {
    CureRule(days: int(element[attribute: "days"]) ?? 0, citation: citation(element), notes: notes(element))
  }

  func reporting(_ element: XMLElement) -> ReportingRule {
    ReportingRule(
      windowDays: int(element[attribute: "windowDays"]),
      ceBroker: element.child(named: "ceBroker").map { codes in
        func map(_ name: String, key: String) -> [String: String] {
          var codesByKey: [String: String] = [:]
          for entry in codes.children(named: name) {
            guard let from = entry[attribute: key]?.trimmedOfWhitespace(),
              let code = entry[attribute: "code"]?.trimmedOfWhitespace(), codesByKey[from] == nil
            else { continue }
            codesByKey[from] = code
          }
          return codesByKey
        }
        return CEBrokerCodes(
          state: codes[attribute: "state"]?.trimmedOfWhitespace() ?? "",
          professions: map("profession", key: "licenseType"), subjectAreas: map("subjectArea", key: "topic"),
          citation: citation(codes), notes: notes(codes))
      },
      citation: citation(element), notes: notes(element))
  }
}
