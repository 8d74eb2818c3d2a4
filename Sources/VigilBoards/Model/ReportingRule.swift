/// What a provider must report to the board and how: the days it has to report a completion, and the
/// codes of the tracking system the board uses.
public struct ReportingRule: Sendable, Hashable {
  /// Days after the completion day by which the provider must report it (Florida: 30); nil when the
  /// board's sources set no deadline.
  public var windowDays: Int?
  /// The CE Broker codes for this board's licensees, when the board's licensees are tracked there.
  public var ceBroker: CEBrokerCodes?
  /// Where the duty to report comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a reporting rule.
  public init(windowDays: Int?, ceBroker: CEBrokerCodes? = nil, citation: Citation, notes: [BoardNote] = []) {
    self.windowDays = windowDays
    self.ceBroker = ceBroker
    self.citation = citation
    self.notes = notes
  }
}
