/// A certificate event without a table (a re-issued credential, a supersession, a revocation): its
/// data is the record, read the same way by the ledger's reader, its writer and the chain verifier,
/// on its completion's stream.
protocol CompletionStreamEvent: Hashable, Decodable {
  /// The `completions` row the event belongs to.
  var completion: Int64 { get }
}

extension CompletionStreamEvent {
  /// The completion's stream, `completion/<id>`.
  var stream: String { "completion/\(completion)" }
}
