import Foundation
import VigilBase

/// A `certificate.reissued/1` event's data: one credential of a completion's later edition. These
/// certificate events have no table, so each event is the record; the reader, the writer and the chain
/// verifier share this one reading of them.
struct ReissuedCredentialEvent: Hashable, Decodable {
  var completion: Int64
  /// The credential's id (its `jti`).
  var credential: String
  /// The edition, 2 or more.
  var edition: Int
  /// The file name in `certificates/`.
  var file: String
  /// The learner's name the credential prints (the corrected name).
  var learnerName: String
  /// The `licenses` row the credential is for; nil without a license.
  var license: Int64?
  /// The new certificate number, shared by the edition's credentials.
  var number: String
  /// The number of the edition it supersedes.
  var supersedes: String
  /// The compact JWS as signed.
  var token: String

  /// The event's idempotency key, `reissue/<credential id>`.
  var key: String { Ledger.reissuePrefix + credential }
  /// The completion's stream.
  var stream: String { "completion/\(completion)" }

  /// The data as the chain hashes it.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("completion", completion)
    json.field("credential", credential)
    json.field("edition", edition)
    json.field("file", file)
    json.field("learnerName", learnerName)
    json.field("license", license)
    json.field("number", number)
    json.field("supersedes", supersedes)
    json.field("token", token)
    return json
  }
}

/// A `certificate.superseded/1` event's data: a certificate number replaced by the completion's next
/// edition.
struct SupersessionEvent: Hashable, Decodable {
  var completion: Int64
  /// The superseded number.
  var number: String
  /// When, seconds since 1970 (the event's own `at`).
  var supersededAt: Int64
  /// The number of the edition that replaces it.
  var supersededBy: String

  /// The event's idempotency key, `supersession/<number>`.
  var key: String { Ledger.supersessionPrefix + number }
  /// The completion's stream.
  var stream: String { "completion/\(completion)" }

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

/// A `certificate.revoked/1` event's data: a certificate number revoked, for good.
struct RevocationEvent: Hashable, Decodable {
  var completion: Int64
  var number: String
  var reason: String
  var revokedAt: Int64

  /// The event's idempotency key, `revocation/<number>`.
  var key: String { Ledger.revocationPrefix + number }
  /// The completion's stream.
  var stream: String { "completion/\(completion)" }

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

/// Reads the `data` member of an event body.
enum EventData {
  private struct Envelope<Value: Decodable>: Decodable {
    var data: Value
  }

  /// The data of `body`, or nil when it is not of that shape.
  static func read<Value: Decodable>(_ type: Value.Type, from body: String) -> Value? {
    try? JSONDecoder().decode(Envelope<Value>.self, from: Data(body.utf8)).data
  }
}
