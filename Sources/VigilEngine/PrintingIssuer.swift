import VigilCredentials
import VigilLedger
import VigilSigning

/// Issues with another issuer and, as soon as it has signed a completion's credentials (inside the
/// completion's transaction), starts drawing their printable certificate on a second thread: the
/// drawing overlaps the rest of the transaction and the ledger's commit.
struct PrintingIssuer<Issuer: CertificateIssuer>: CertificateIssuer {
  /// The issuer that signs.
  let issuer: Issuer
  /// Where the drawing waits for ``CertificateIssuing/deliver(_:)``.
  let drawings: PrintableDrawings

  var checkpointSigner: any CheckpointSigner { issuer.checkpointSigner }

  func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
    let issued = try issuer.certificates(for: subject)
    drawings.started(PendingPrintable(tokens: issued.map(\.token)))
    return issued
  }
}
