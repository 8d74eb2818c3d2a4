/// How many years licensees must keep proof of their continuing education.
public struct RecordRetention: Sendable, Hashable {
  /// Years to keep records.
  public var years: Int
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a retention rule.
  public init(years: Int, citation: Citation, notes: [BoardNote] = []) {
    self.years = years
    self.citation = citation
    self.notes = notes
  }
}
