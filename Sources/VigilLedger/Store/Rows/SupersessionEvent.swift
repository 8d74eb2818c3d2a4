import VigilBase

/// A `certificate.superseded/1` event's data: a certificate number replaced by the completion's next
/// edition.
struct SupersessionEvent: CompletionStreamEvent {
  var completion: Int64
  /// The superseded number.
  var number: String
  /// When, seconds since 1970 (the event's own `at`).
  var supersededAt: Int64
  /// The number of the edition that replaces it.
  var supersededBy: String

  /// The event's idempotency key, `supersession/<number>`.
  var key: String { Ledger.supersessionPrefix + number }

  /// The data as the chain hashes it.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("completion", completion)
    json.field("number", number)
    json.field("supersededAt", supersededAt)
    json.field("supersededBy", supersededBy)
    return json
  }

  var supersession: Supersession {
    Supersession(number: number, supersededBy: supersededBy, completionID: completion, supersededAt: supersededAt)
  }
}
