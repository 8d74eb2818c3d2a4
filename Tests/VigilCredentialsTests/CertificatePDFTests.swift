import Foundation
import Testing
import VigilCredentials
import VigilBoards
import VigilLedger
import VigilTestSupport

/// The printable certificate, checked with poppler's tools (not Vigil's code): the text it carries
/// (pdftotext), its fonts (pdffonts), its metadata (pdfinfo) and that it renders (pdftoppm).
@Suite(.enabled(if: CommandRunner.isInstalled("pdftotext"), "poppler-utils is not installed"))
struct CertificatePDFTests {
  /// Issues a certificate for `learner` and writes its PDF; returns the claims and the PDF's path.
  private func pdf(
    learner: String = "José Núñez", example: Bool = false, licenses: [LicenseProfile] = [CredentialFixture.texas],
    in directory: TemporaryDirectory
  ) throws -> (claims: [CredentialClaims], path: String) {
    let (_, certificates, _) = try CredentialFixture.issued(
      in: directory, example: example, licenses: licenses, learner: learner)
    let claims = try certificates.map { try CredentialClaims(storedToken: $0.token) }
    let bytes = try CertificatePDF(claims).render()
    return (claims, directory.write("certificate.pdf", bytes: bytes))
  }

  /// The page's text with every run of white space one space (pdftotext breaks lines where they wrap);
  /// `raw` keeps the order it is drawn in, which a diagonal stamp would otherwise break into the lines.
  private func text(_ path: String, raw: Bool = false) throws -> String {
    let result = try CommandRunner.run("pdftotext", (raw ? ["-raw"] : []) + ["-enc", "UTF-8", path, "-"])
    #expect(result.status == 0 && result.error.isEmpty, "\(result.error)")
    return result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test(arguments: ["José Núñez", "Łukasz Wróbel", "王芳", "أحمد الفارس"])
  func theNameTheCreditAndTheStatementsAreOnThePageWithEmbeddedFonts(learner: String) throws {
    let directory = TemporaryDirectory()
    let (claims, path) = try pdf(learner: learner, in: directory)
    let page = try text(path)
    #expect(page.contains(learner), "\(page)")
    #expect(page.contains("Sample Minimal Course"))
    #expect(page.contains("Completed on January 31, 2027"))
    #expect(page.contains("0.1 contact hours · ANCC approval ANCC-2026-0042"))
    for approval in claims[0].approvals { #expect(page.contains(approval.statement), "\(page)") }
    #expect(page.contains("Texas Board of Nursing, RN license 123456: 0.1 contact hours awarded"))
    #expect(page.contains(claims[0].number.description))
    #expect(page.contains("vigil certificate verify"))
    #expect(page.contains("https://vigil.example/ce"))
    #expect(!page.contains("SAM"))

    let fonts = try CommandRunner.run("pdffonts", [path])
    #expect(fonts.status == 0 && fonts.error.isEmpty, "\(fonts.error)")
    let rows = fonts.output.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows {
      let columns = row.split(separator: " ")
      // name, type…, encoding, then emb sub uni object generation: every font embedded (and subset).
      #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
    }
    let families = fonts.output
    #expect(families.contains("DejaVu"), "\(families)")
    if learner == "王芳" { #expect(families.contains("NotoSansCJK"), "\(families)") }

    let image = try CommandRunner.run("pdftoppm", ["-r", "60", "-png", "-singlefile", path, directory.appending("page")])
    #expect(image.status == 0 && image.error.isEmpty, "\(image.error)")
    #expect(FileManager.default.fileExists(atPath: directory.appending("page.png")))
  }

  @Test func theSameCertificateGivesTheSameBytesDatedTheCompletionDate() throws {
    let directory = TemporaryDirectory()
    let (claims, path) = try pdf(in: directory)
    let first = try CertificatePDF(claims).render()
    let again = try CertificatePDF(claims).render()
    #expect(first == again)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(first))
    let info = try CommandRunner.run("pdfinfo", ["-isodates", path])
    #expect(info.status == 0 && info.error.isEmpty, "\(info.error)")
    let fields = Dictionary(
      info.output.split(separator: "\n").compactMap { line -> (String, String)? in
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
      }, uniquingKeysWith: { first, _ in first })
    #expect(fields["CreationDate"] == "2027-01-31T00:00:00Z", "\(info.output)")
    #expect(fields["ModDate"] == "2027-01-31T00:00:00Z", "\(info.output)")
    #expect(fields["Pages"] == "1")
    #expect(fields["Page size"] == "792 x 612 pts (letter)", "\(info.output)")
  }

  @Test func aSampleIsStampedAsNotValidForCredit() throws {
    let directory = TemporaryDirectory()
    let (_, path) = try pdf(example: true, in: directory)
    let page = try text(path, raw: true)
    // The stamp runs along the diagonal, which pdftotext breaks at its words (and one kerned pair).
    let letters = { (text: String) in text.filter { !$0.isWhitespace } }
    #expect(letters(page).contains(letters(CertificatePDF.sampleStamp)), "\(page)")
    #expect(page.contains("(example approval: no credit)"))
    #expect(page.contains("Texas Board of Nursing, RN license 123456: sample, no credit awarded"))
  }

  /// Drawn again after it no longer stands, a certificate is stamped with what happened, instead of
  /// the sample's stamp and on a real one alike (2026-12-06T09:30:00Z is 1796549400).
  @Test(arguments: [
    (CertificateStatus.revoked(reason: "issued in error", at: 1_796_549_400), false,
     "REVOKED on 2026-12-06: not valid for continuing-education credit"),
    (CertificateStatus.revoked(reason: "issued in error", at: 1_796_549_400), true,
     "REVOKED on 2026-12-06: not valid for continuing-education credit"),
    (CertificateStatus.superseded(by: "VC-JQ0S-2JBK-BBM2", at: 1_796_549_400), false,
     "SUPERSEDED by VC-JQ0S-2JBK-BBM2: not valid; use the corrected certificate"),
  ])
  func aCertificateThatNoLongerStandsIsStampedWithWhatHappened(
    status: CertificateStatus, example: Bool, stamp: String
  ) throws {
    let directory = TemporaryDirectory()
    let (claims, _) = try pdf(example: example, in: directory)
    let path = directory.write("withdrawn.pdf", bytes: try CertificatePDF(claims, status: status).render())
    let letters = { (text: String) in text.filter { !$0.isWhitespace } }
    let page = letters(try text(path, raw: true))
    #expect(page.contains(letters(stamp)), "\(page)")
    #expect(!page.contains(letters(CertificatePDF.sampleStamp)))
    #expect(page.contains(claims[0].number.description))
  }

  @Test func eachLicenseHasItsBoardsCredit() throws {
    let directory = TemporaryDirectory()
    let (claims, path) = try pdf(licenses: [CredentialFixture.texas, CredentialFixture.florida], in: directory)
    #expect(claims.count == 2)
    let page = try text(path)
    #expect(page.contains("Texas Board of Nursing, RN license 123456: 0.1 contact hours awarded"), "\(page)")
    #expect(page.contains("RN license RN9876: "), "\(page)")
  }

  @Test func credentialsOfTwoNumbersAreNotOneCertificate() throws {
    let one = try pdf(in: TemporaryDirectory()).claims
    var other = one[0]
    other.number = try CertificateNumber(parsing: "VC-0000-0000-0000")
    CredentialFixture.expectError(.inconsistentClaims, containing: "one certificate number") {
      try CertificatePDF(one + [other])
    }
    CredentialFixture.expectError(.notFound, containing: "no credential") { try CertificatePDF([]) }
  }
}
