import VigilBase

/// A `certificate.reissued/1` event's data: one credential of a completion's later edition. These
/// certificate events have no table, so each event is the record; the reader, the writer and the chain
/// verifier share this one reading of them.
struct ReissuedCredentialEvent: CompletionStreamEvent {
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
