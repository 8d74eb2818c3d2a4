import VigilBase

/// A `certificate.revoked/1` event's data: a certificate number revoked, for good.
struct RevocationEvent: CompletionStreamEvent {
  var completion: Int64
  var number: String
  var reason: String
  var revokedAt: Int64

  /// The event's idempotency key, `revocation/<number>`.
  var key: String { Ledger.revocationPrefix + number }

  /// The data as the chain hashes it.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("completion", completion)
    json.field("number", number)
    json.field("reason", reason)
    json.field("revokedAt", revokedAt)
    return json
  }

  var revocation: Revocation {
    Revocation(number: number, completionID: completion, reason: reason, revokedAt: revokedAt)
  }
}
