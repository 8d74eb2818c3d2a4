import Foundation
import Testing
import VigilBase
import VigilCredentials
import VigilLedger
import VigilTestSupport

/// A completion's files written together (`.jwt` files on a second thread while the PDF is drawn), and
/// its printable certificate drawn ahead from the tokens: the same files and bytes as one by one.
@Suite struct CompletionFilesTests {
  private func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int ?? 0) & 0o777
  }

  private func names(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test func everyTokenAndThePDFAreWrittenPrivatelyUnderTheirNames() throws {
    let directory = TemporaryDirectory()
    let (_, certificates, _) = try CredentialFixture.issued(
      in: directory, licenses: [CredentialFixture.texas, CredentialFixture.florida])
    let folder = CertificateFolder(home: VigilHome(path: directory.path))
    let number = certificates[0].number
    let files = folder.writeCompletion(certificates, number: number) { () throws(CredentialError) in Array("%PDF-1.7".utf8) }
    let tokens = try files.tokens.get()
    #expect(tokens == certificates.map { directory.appending("certificates/\($0.fileName)") })
    for (path, certificate) in zip(tokens, certificates) {
      #expect(try String(contentsOfFile: path, encoding: .utf8) == certificate.token)
      #expect(mode(path) == 0o600)
    }
    let pdf = try files.pdf.get()
    #expect(pdf == directory.appending("certificates/\(number).pdf"))
    #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "%PDF-1.7" && mode(pdf) == 0o600)
    #expect(mode(folder.path) == 0o700)
    #expect(names(in: folder.path) == (certificates.map(\.fileName) + ["\(number).pdf"]).sorted(), "no temporary file is left")
  }

  @Test func aDrawingThatFailsWritesTheTokensAndNoPDF() throws {
    let directory = TemporaryDirectory()
    let (_, certificates, _) = try CredentialFixture.issued(in: directory)
    let folder = CertificateFolder(home: VigilHome(path: directory.path))
    let files = folder.writeCompletion(certificates, number: certificates[0].number) { () throws(CredentialError) in
      throw CredentialError(.storage, "the fonts are missing")
    }
    #expect(try files.tokens.get().count == 1)
    #expect(throws: CredentialError(.storage, "the fonts are missing")) { try files.pdf.get() }
    #expect(names(in: folder.path) == [certificates[0].fileName], "no PDF and no temporary file")
  }

  @Test func aFolderThatCannotBeMadeFailsBothAndSaysWhere() throws {
    let directory = TemporaryDirectory()
    let (_, certificates, _) = try CredentialFixture.issued(in: directory)
    _ = directory.write("certificates", "a file where the folder goes")
    let folder = CertificateFolder(home: VigilHome(path: directory.path))
    var drawn = false
    let files = folder.writeCompletion(certificates, number: certificates[0].number) { () throws(CredentialError) in
      drawn = true
      return []
    }
    for result in [files.tokens.map { _ in () }, files.pdf.map { _ in () }] {
      guard case .failure(let error) = result else {
        Issue.record("written into a file")
        continue
      }
      #expect(error.code == .storage && error.message.contains(folder.path), "\(error.message)")
    }
    #expect(!drawn, "nothing is drawn for files that cannot be written")
  }

  @Test func thePrintableDrawnAheadIsTheStoredTokensClaimsAndTheirPDF() throws {
    let directory = TemporaryDirectory()
    let (_, certificates, _) = try CredentialFixture.issued(
      in: directory, licenses: [CredentialFixture.texas, CredentialFixture.florida])
    let tokens = certificates.map(\.token)
    let drawn = PendingPrintable(tokens: tokens).wait()
    let claims = try tokens.map { try CredentialClaims(storedToken: $0) }
    #expect(drawn.claims == claims)
    #expect(try drawn.pdf.get() == (try CertificatePDF(claims).render()))
    let unreadable = PendingPrintable(tokens: [tokens[0], "not.a.token"]).wait()
    #expect(unreadable.claims == [claims[0], nil], "a token that does not read has no claims, and is left off the page")
    #expect(try unreadable.pdf.get() == (try CertificatePDF([claims[0]]).render()))
  }
}
