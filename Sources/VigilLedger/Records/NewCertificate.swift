/// A signed certificate for the ledger to store: what a ``CertificateIssuer`` returns for each license
/// of a ``CertificateSubject`` (or one without a license when the learner holds none).
public struct NewCertificate: Sendable, Hashable {
  /// The certificate number, e.g. `VC-7K3Q-M2XD-4HJ9`; every credential of a completion shares it.
  public var number: String
  /// The license the credential is for, nil when the learner holds none.
  public var license: LicenseKey?
  /// The credential's id (a URI, e.g. `urn:uuid:…`), unique in the ledger.
  public var credentialID: String
  /// The file name it is written to in `certificates/`, e.g. `VC-7K3Q-M2XD-4HJ9-tx-bon-RN.jwt`.
  public var fileName: String
  /// The compact JWS, exactly as signed.
  public var token: String

  /// Creates a certificate to store.
  public init(number: String, license: LicenseKey?, credentialID: String, fileName: String, token: String) {
    self.number = number
    self.license = license
    self.credentialID = credentialID
    self.fileName = fileName
    self.token = token
  }
}
