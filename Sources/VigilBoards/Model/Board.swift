import VigilBase
import VigilCourse

/// One licensure board's continuing-education rules, read from `Boards/<id>.xml`.
///
/// Hours are kept as integer minutes in the board's unit; every rule carries its ``Citation``.
public struct Board: Sendable, Hashable {
  /// The board's id, e.g. `tx-bon`; licenses name their board by it (``LicenseProfile/boardID``).
  public var id: String
  /// The board's name, e.g. "Texas Board of Nursing".
  public var name: String
  /// The state or territory, e.g. `US-TX`.
  public var jurisdiction: String
  /// The license types the board issues and the file covers, e.g. `RN`, `LVN`, `APRN`.
  public var licenseTypes: [String]
  /// When the rules were last checked against their sources.
  public var reviewed: CalendarDate
  /// The pages the rules cite.
  public var sources: [BoardSource]
  /// The renewal cycle.
  public var cycle: CycleRule
  /// Minutes per hour and rounding.
  public var unit: CreditUnit
  /// The approvals that count toward the general hours.
  public var generalCredit: GeneralCredit
  /// The hours required per cycle, by who they apply to.
  public var totals: [TotalRule]
  /// Minimums within totals for a category of credit.
  public var subtotals: [SubtotalRule]
  /// The mandatory topics.
  public var requirements: [Requirement]
  /// Certifications that replace rules.
  public var certifications: [CertificationSubstitution]
  /// First-cycle exemption and proration, if any.
  public var firstRenewal: FirstRenewalRule?
  /// Limits on counted credit.
  public var caps: [CreditCap]
  /// Present when the board gives no credit for the same activity twice in a cycle.
  public var noDuplicateActivity: CitedRule?
  /// How excess credit carries into the next cycle; nil when nothing carries forward.
  public var carryForward: CarryForwardRule?
  /// How long after a cycle its shortfall may be made up; nil when it may not.
  public var cure: CureRule?
  /// How long licensees keep records, if the board says.
  public var retention: RecordRetention?
  /// What providers must report and how, if the board file says.
  public var reporting: ReportingRule?
  /// Remarks on the whole board.
  public var notes: [BoardNote]

  /// Creates a board.
  public init(
    id: String, name: String, jurisdiction: String, licenseTypes: [String], reviewed: CalendarDate,
    sources: [BoardSource], cycle: CycleRule, unit: CreditUnit, generalCredit: GeneralCredit,
    totals: [TotalRule] = [], subtotals: [SubtotalRule] = [], requirements: [Requirement] = [],
    certifications: [CertificationSubstitution] = [], firstRenewal: FirstRenewalRule? = nil, caps: [CreditCap] = [],
    noDuplicateActivity: CitedRule? = nil, carryForward: CarryForwardRule? = nil, cure: CureRule? = nil,
    retention: RecordRetention? = nil, reporting: ReportingRule? = nil, notes: [BoardNote] = []
  ) {
    self.id = id
    self.name = name
    self.jurisdiction = jurisdiction
    self.licenseTypes = licenseTypes
    self.reviewed = reviewed
    self.sources = sources
    self.cycle = cycle
    self.unit = unit
    self.generalCredit = generalCredit
    self.totals = totals
    self.subtotals = subtotals
    self.requirements = requirements
    self.certifications = certifications
    self.firstRenewal = firstRenewal
    self.caps = caps
    self.noDuplicateActivity = noDuplicateActivity
    self.carryForward = carryForward
    self.cure = cure
    self.retention = retention
    self.reporting = reporting
    self.notes = notes
  }

  /// The source with this id.
  public func source(id: String) -> BoardSource? { sources.first { $0.id == id } }

  /// The requirement with this id.
  public func requirement(id: String) -> Requirement? { requirements.first { $0.id == id } }

  /// The total with this id.
  public func total(id: String) -> TotalRule? { totals.first { $0.id == id } }

  /// The subtotal with this id.
  public func subtotal(id: String) -> SubtotalRule? { subtotals.first { $0.id == id } }

  /// Every license attribute the rules read (``LicenseProfile/attributes``), sorted: what a license record
  /// must state for this board's rules to apply to it, e.g. `direct-patient-care`, `national-certification`.
  public var licenseAttributes: [String] {
    var names = Set<String>()
    for conditions in totals.map(\.appliesTo) + subtotals.map(\.appliesTo) + requirements.map(\.appliesTo)
      + caps.map(\.appliesTo)
    {
      for condition in conditions { names.formUnion(condition.attributes) }
    }
    names.formUnion(certifications.map(\.attribute))
    if let attribute = firstRenewal?.exemption?.attribute { names.insert(attribute) }
    return names.sorted()
  }
}
