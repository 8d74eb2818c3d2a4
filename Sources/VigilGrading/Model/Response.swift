/// What a licensee answered to one question, in the author's ids (never in display positions).
///
/// Responses are stored in the ledger and graded again on regrade, so they name choices, stems,
/// targets and items by id. ``ResponseParser`` turns what a licensee types into a response.
public enum Response: Sendable, Hashable, Codable {
  /// The id of the one choice picked (single choice).
  case choice(id: String)
  /// The ids of the ticked choices (multiple response); order and repeats do not matter.
  case choices(ids: [String])
  /// True or false.
  case trueFalse(answer: Bool)
  /// The stem-to-target pairs given (matching); a stem left out is wrong.
  case matches(pairs: [MatchPair])
  /// Every item id once, in the licensee's order (ordering).
  case order(ids: [String])
  /// The text typed (short text); it is trimmed when graded.
  case text(answer: String)
  /// The number typed (numeric); it must be finite.
  case number(value: Double)
}

/// One pairing in a matching response: the stem and the target the licensee gave it.
public struct MatchPair: Sendable, Hashable, Codable {
  /// The id of the stem.
  public var stemID: String
  /// The id of the target the licensee chose for the stem.
  public var targetID: String

  /// Creates a pair.
  public init(stemID: String, targetID: String) {
    self.stemID = stemID
    self.targetID = targetID
  }
}
