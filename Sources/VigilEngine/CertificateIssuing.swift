#if canImport(Glibc)
  import Glibc
#endif
import VigilBoards
import VigilCourse
import VigilCredentials
import VigilLedger
import VigilSigning

/// Issues completions' certificates for a home: the provider's key from `keys/` (created on the first
/// issue in a home that has none, as `vigil keys init` would), the ``VigilCredentials/CredentialIssuer``
/// the ledger signs with inside the completion's transaction, and the `.jwt` files and the printable PDF
/// in `certificates/`.
///
/// The printable certificate is drawn on a second thread from the moment the credentials are signed,
/// while the ledger commits them, and the `.jwt` files are written while it is drawn: a completion
/// waits for the drawing and the PDF's own sync, not for every step one after another.
public struct CertificateIssuing: Sendable {
  /// The home whose key signs and whose `certificates/` receives the files.
  public let home: VigilHome
  /// The drawing the issuers of this value started last.
  private let drawings = PrintableDrawings()

  /// Issuing in the home at `home`.
  public init(home: VigilHome) {
    self.home = home
  }

  /// The issuer for completions of `course`, with the home's key (a ``VigilCredentials/CredentialIssuer``
  /// that also starts drawing the printable certificate, see ``issuer(wrapping:)``).
  ///
  /// - Throws: ``VigilSigning/SigningError`` when the key file cannot be read or created.
  public func issuer(
    course: Course, passPercent: Double?, boards: [Board]
  ) throws(SigningError) -> some CertificateIssuer {
    let key = try SigningKeyStore(homePath: home.path).currentOrNewKey().key
    return issuer(wrapping: CredentialIssuer(key: key, course: course, passPercent: passPercent, boards: boards))
  }

  /// An issuer that signs with `issuer` and starts drawing the printable certificate of what it signed
  /// at once, for ``deliver(_:)`` to write.
  public func issuer(wrapping issuer: some CertificateIssuer) -> some CertificateIssuer {
    PrintingIssuer(issuer: issuer, drawings: drawings)
  }

  /// Re-issues a certificate after the learner's name was corrected (see
  /// ``VigilLedger/Ledger/reissueCertificate(number:reissuer:)``), signed with the home's current key,
  /// then writes the new certificate's files. Run again, it changes nothing in the ledger and writes the
  /// files again.
  ///
  /// - Returns: What the ledger did, and what ``deliver(_:)`` says about the new certificate's files.
  /// - Throws: ``VigilSigning/SigningError`` when the home has no usable key, ``VigilLedger/LedgerError``
  ///   when the ledger refuses (nothing changed, revoked, superseded, or the reissuer failed).
  public func reissue(_ number: CertificateNumber, in ledger: Ledger) throws -> (reissue: Reissue, delivery: [String]) {
    let key = try SigningKeyStore(homePath: home.path).currentKey()
    let reissue = try ledger.reissueCertificate(number: number.description, reissuer: CredentialReissuer(key: key))
    return (reissue, deliver(reissue.credentials))
  }

  /// Writes the certificates' files (each credential's `.jwt` and the completion's printable PDF) and
  /// returns what the completion screen says about them: the number, each license's board and credit,
  /// and each file's path. A file that cannot be written is said too: the certificate is in the ledger
  /// whatever happens to its files.
  public func deliver(_ certificates: [Certificate]) -> [String] {
    guard let number = certificates.first?.number else { return [] }
    var lines = ["Your certificate number: \(number)"]
    let tokens = certificates.map(\.token)
    let printable = drawings.take(tokens: tokens) ?? PendingPrintable(tokens: tokens)
    let files = CertificateFolder(home: home).writeCompletion(certificates, number: number) { () throws(CredentialError) in
      try printable.wait().pdf.get()
    }
    let claims = printable.wait().claims
    if case .failure(let error) = files.tokens {
      lines.append("Your certificate is recorded, but its file could not be written: \(error.message)")
    }
    for (index, certificate) in certificates.enumerated() {
      lines.append("- " + Self.credit(claims[index], license: certificate.license))
      if case .success(let written) = files.tokens { lines.append("Saved as \(written[index])") }
    }
    switch files.pdf {
    case .success(let path): lines.append("Printable certificate: \(path)")
    case .failure(let error):
      lines.append(
        "Your printable certificate could not be written: \(error.message); "
          + "draw it again with `vigil certificate pdf \(number)`")
    }
    lines.append(
      "Anyone can check it with `vigil certificate verify FILE` and the provider's published keys.")
    return lines
  }

  /// Writes a completion's certificate files again when any is missing from `certificates/` (the
  /// session that issued them ended, by Ctrl-C, `kill -9` or a full disk, between the commit and the
  /// files), and says what ``deliver(_:)`` says; nil when every file is there, or when the certificate
  /// does not stand as issued. `editions` are the completion's
  /// (``VigilLedger/Ledger/certificateEditions(completionID:)``): only a lone first edition that is
  /// active is written back; a revoked one stays gone, and a re-issue writes its files itself.
  public func restoreMissingFiles(of editions: [CertificateEdition]) -> [String]? {
    guard editions.count == 1, let only = editions.first, case .active = only.status else { return nil }
    let certificates = only.credentials
    let folder = CertificateFolder(home: home)
    let number = only.number
    let paths = certificates.map(folder.filePath) + [folder.pdfPath(number: number)]
    guard paths.contains(where: { access($0, F_OK) != 0 }) else { return nil }
    return deliver(certificates)
  }

  /// One credential's board and credit, in words.
  private static func credit(_ claims: CredentialClaims?, license: LicenseKey?) -> String {
    guard let license else { return "No license: a certificate of completion without credit." }
    let board = claims?.boardName ?? license.board
    let holder = "\(board), \(license.type) license \(license.number)"
    guard let claims, !claims.isSample else { return "\(holder): SAMPLE ONLY, no real credit." }
    return "\(holder): \(claims.hoursText ?? "0.0") h."
  }
}
