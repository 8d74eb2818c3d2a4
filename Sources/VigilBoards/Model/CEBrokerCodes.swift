/// The codes CE Broker's roster upload identifies this board's licensees and credit by: the state
/// (`State=FL`), a profession code per license type (`Profession=RN`) and a subject-area code per topic
/// (for partial credit). Only the codes the board file states are known; there is no default.
public struct CEBrokerCodes: Sendable, Hashable {
  /// The state's abbreviation as column G writes it, e.g. `FL`.
  public var state: String
  /// The profession code of each license type, e.g. `RN` → `RN`.
  public var professions: [String: String]
  /// The subject-area code of each topic, e.g. a topic code → CE Broker's code.
  public var subjectAreas: [String: String]
  /// Where the codes come from.
  public var citation: Citation
  /// Remarks on the codes (those the sources lack, for instance).
  public var notes: [BoardNote]

  /// Creates the codes.
  public init(
    state: String, professions: [String: String] = [:], subjectAreas: [String: String] = [:], citation: Citation,
    notes: [BoardNote] = []
  ) {
    self.state = state
    self.professions = professions
    self.subjectAreas = subjectAreas
    self.citation = citation
    self.notes = notes
  }
}
