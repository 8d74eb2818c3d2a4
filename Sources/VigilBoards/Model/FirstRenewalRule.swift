/// What changes in a license's first cycle (the cycle in which it was issued).
public struct FirstRenewalRule: Sendable, Hashable {
  /// Licenses holding ``attribute`` (every license when it is nil) are excused in their first cycle from
  /// the rules in ``waives``.
  public struct Exemption: Sendable, Hashable {
    /// The license attribute that earns the exemption, e.g. `licensed-by-examination`; nil when every
    /// license is exempt in its first cycle (Texas physicians, the first time they register).
    public var attribute: String?
    /// The ids of the totals, subtotals and requirements excused.
    public var waives: [String]

    /// Creates an exemption.
    public init(attribute: String?, waives: [String]) {
      self.attribute = attribute
      self.waives = waives
    }
  }

  /// The exemption, if the board grants one.
  public var exemption: Exemption?
  /// Otherwise the first cycle's total is these minutes for each month or part of a month from the issue
  /// date to the cycle's end (never more than the full total); nil when the board does not prorate.
  public var prorationMinutesPerMonth: Int?
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a first-renewal rule.
  public init(exemption: Exemption?, prorationMinutesPerMonth: Int?, citation: Citation, notes: [BoardNote] = []) {
    self.exemption = exemption
    self.prorationMinutesPerMonth = prorationMinutesPerMonth
    self.citation = citation
    self.notes = notes
  }
}
