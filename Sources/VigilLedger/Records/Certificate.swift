/// A certificate the ledger holds: one credential of a completion, for one license (or for none).
public struct Certificate: Sendable, Hashable {
  /// The row id in `certificates`; for a re-issued credential (edition 2 on, which has no row: its
  /// `certificate.reissued/1` event is the record), that event's sequence number.
  public var id: Int64
  /// The certificate number, shared by the completion's credentials.
  public var number: String
  /// The completion it certifies.
  public var completionID: Int64
  /// The learner who completed the course.
  public var learnerID: Int64
  /// The license the credential is for, nil when the learner held none.
  public var license: LicenseKey?
  /// The credential's id (its `jti`).
  public var credentialID: String
  /// The file name in `certificates/`.
  public var fileName: String
  /// The compact JWS, exactly as signed.
  public var token: String
  /// Which certificate of the completion it belongs to: 1 for the one issued at completion, 2 and on
  /// for those re-issued after a correction (see ``CertificateEdition``).
  public var edition: Int

  /// Creates a certificate value.
  public init(
    id: Int64, number: String, completionID: Int64, learnerID: Int64, license: LicenseKey?, credentialID: String,
    fileName: String, token: String, edition: Int = 1
  ) {
    self.id = id
    self.number = number
    self.completionID = completionID
    self.learnerID = learnerID
    self.license = license
    self.credentialID = credentialID
    self.fileName = fileName
    self.token = token
    self.edition = edition
  }
}
