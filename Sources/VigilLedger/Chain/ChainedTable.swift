/// The tables whose rows the event chain vouches for, and the kind of event each row's write appends.
enum ChainedTable: String, Sendable, Hashable {
  /// `learners`: one `learner.added` event per row.
  case learners
  /// `licenses`: one `license.added` event per row.
  case licenses
  /// `completions`: one `completion.recorded` event per row, whose content includes the completion's
  /// credits.
  case completions
  /// `credits`: covered by their completion's event.
  case credits

  /// The event kind written when a row of this table is added.
  var eventKind: String {
    switch self {
    case .learners: return "learner.added"
    case .licenses: return "license.added"
    case .completions, .credits: return "completion.recorded"
    }
  }
}
