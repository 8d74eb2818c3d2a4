import CCairo
import VigilBase
import VigilLedger

/// The printable certificate of one completion: one US Letter landscape page, drawn with cairo and
/// pango from the claims of the completion's credentials (one per license, all with one number).
///
/// It carries everything the credentials say a certificate must: the learner's name, the course's
/// title, the completion date, the provider's name and web address, each approval's contact hours and
/// its statement exactly as the course gives it, each license's credit under its board's rules, and
/// the certificate number with how to verify it. A completion whose credentials are all samples (the
/// course's approvals are examples) is stamped across the page as not valid for credit, and so is one
/// drawn again after it was revoked or superseded, with what happened.
///
/// The PDF's creation and modification dates are the completion date, so the same certificate always
/// gives the same bytes.
public struct CertificatePDF: Sendable {
  /// US Letter, landscape, in points.
  public static let pageWidth = 792.0
  public static let pageHeight = 612.0
  /// What a sample is stamped with.
  public static let sampleStamp = "SAMPLE: not valid for continuing-education credit"

  /// The completion's credentials, in the ledger's order.
  public let claims: [CredentialClaims]
  /// Where the certificate stands in the ledger that issued it.
  public let status: CertificateStatus

  /// The certificate of the credentials `claims`, which must share one certificate number, as the
  /// ledger that issued it has it (`status`).
  ///
  /// - Throws: ``CredentialError/Code/notFound`` for no credentials,
  ///   ``CredentialError/Code/inconsistentClaims`` for credentials of two numbers.
  public init(_ claims: [CredentialClaims], status: CertificateStatus = .active) throws(CredentialError) {
    guard let first = claims.first else {
      throw CredentialError(.notFound, "there is no credential to draw a certificate from")
    }
    guard claims.allSatisfy({ $0.number == first.number }) else {
      throw CredentialError(.inconsistentClaims, "a certificate's credentials must share one certificate number")
    }
    self.claims = claims
    self.status = status
  }

  /// Whether every credential is a sample, so the certificate is stamped.
  public var isSample: Bool { claims.allSatisfy(\.isSample) }

  /// What the page is stamped with across it, if anything: a certificate that no longer stands says
  /// so (revoked on its day, or superseded by its successor), else a sample says it is one.
  public var stamp: String? {
    switch status {
    case .revoked(_, let at):
      "REVOKED on \(InstantText.format(at).prefix(10)): not valid for continuing-education credit"
    case .superseded(let successor, _): "SUPERSEDED by \(successor): not valid; use the corrected certificate"
    case .active: isSample ? Self.sampleStamp : nil
    }
  }

  /// The PDF's bytes.
  ///
  /// - Throws: ``CredentialError/Code/storage`` when cairo cannot draw it.
  public func render() throws(CredentialError) -> [UInt8] {
    try PDFFonts.shared.withContext { context throws(CredentialError) in
      let page = try PDFPage(
        width: Self.pageWidth, height: Self.pageHeight, metadata: metadata, context: context)
      CertificateLayout(page: page, wording: CertificateWording(claims), stamp: stamp).draw()
      return try page.finish()
    }
  }

  /// The document's title, author, subject, creator and dates (midnight UTC of the completion date).
  private var metadata: [(cairo_pdf_metadata_t, String)] {
    let first = claims[0]
    let date = "\(first.completedOn)T00:00:00Z"
    return [
      (CAIRO_PDF_METADATA_TITLE, "Certificate of Completion \(first.number)"),
      (CAIRO_PDF_METADATA_AUTHOR, first.issuerName),
      (CAIRO_PDF_METADATA_SUBJECT, first.courseTitle),
      (CAIRO_PDF_METADATA_CREATOR, "Vigil"),
      (CAIRO_PDF_METADATA_CREATE_DATE, date),
      (CAIRO_PDF_METADATA_MOD_DATE, date),
    ]
  }
}
