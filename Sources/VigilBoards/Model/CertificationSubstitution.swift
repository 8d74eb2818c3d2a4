/// A certification that replaces rules: licenses holding ``attribute`` are excused from the totals and
/// requirements in ``waives``.
public struct CertificationSubstitution: Sendable, Hashable {
  /// The license attribute that records the certification, e.g. `national-certification`.
  public var attribute: String
  /// The ids of the totals, subtotals and requirements the certification replaces.
  public var waives: [String]
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a substitution.
  public init(attribute: String, waives: [String], citation: Citation, notes: [BoardNote] = []) {
    self.attribute = attribute
    self.waives = waives
    self.citation = citation
    self.notes = notes
  }
}
