import ArgumentParser
import Foundation
import VigilCredentials

extension VigilCommand.CertificateCommand {
  /// `vigil certificate verify FILE.jwt|NUMBER [--key JWKS] [--status-list FILE]`: checks a certificate as a
  /// board or employer would.
  struct VerifyCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Check a certificate: its signature, its claims and, with the issuing ledger, its record.",
      discussion: """
        Verifies the compact JWS (ES256 only) against the provider's JWK Set: --key FILE (the set the \
        provider publishes, from vigil keys export), else the home's own keys. Then checks that the claims \
        agree (issuer, subject, dates, credit against the board's hours, a sample reporting no credit), \
        that the ledger checkpoint it carries is signed by the same key, and, when the home's ledger issued \
        it, that the ledger holds exactly this certificate and has neither revoked nor superseded it (a \
        re-issue after a corrected name). With --status-list FILE (the provider's hosted list, verified \
        with the same keys), a certificate whose bit is set is revoked, or superseded when the list names \
        its successor. A certificate number (typed as vigil certificate show takes it) is looked up in the \
        home's ledger and each of its credentials (one per license) is verified, one line each. Exit \
        status: 0 when it verifies, 1 with the reason when it does not, 2 when a file cannot be read or \
        the number is not in the ledger.
        """
    )

    @Argument(help: "The certificate file (.jwt), or a certificate number the home's ledger holds, e.g. VC-7K3Q-M2XD-4HJH.")
    var certificate: String

    @Option(help: ArgumentHelp("The provider's published JWK Set (default: the home's keys).", valueName: "jwks"))
    var key: String?

    @Option(help: ArgumentHelp("The provider's status list (vigil certificate status-list).", valueName: "file"))
    var statusList: String?

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      // Anything that is not a file is a number, so a mistyped one says which character is wrong.
      let token = CertificateInput.namesFile(certificate) ? try CertificateInput.token(certificate) : nil
      guard let keys = try key.map(CertificateInput.keySet) ?? home.publicKeys() else {
        throw CredentialError(
          .noKeys,
          "there is no key to verify with: pass --key with the provider's published JWK Set (vigil keys export on "
            + "the provider's side)")
      }
      let ledgerPath = try home.resolved().ledgerPath
      let ledger = FileManager.default.fileExists(atPath: ledgerPath) ? try home.openLedger(.readOnly) : nil
      let list = try statusList.map { path in
        try StatusList(token: try CertificateInput.token(path, what: "status list", tooLarge: .malformedStatusList), keys: keys)
      }
      let tokens: [String]
      if let token {
        tokens = [token]
      } else if let ledger {
        tokens = try CertificateRecord.find(certificate, in: ledger, home: try home.resolved()).map(\.certificate.token)
      } else {
        throw CommandError(
          .notFound,
          "there is no ledger at \(ledgerPath) to look certificate \(certificate) up in; give the certificate's .jwt "
            + "file, or --home with the issuing provider's home")
      }
      let verifier = CertificateVerifier(keys: keys, ledger: ledger, now: CommandClock.seconds())
      var lines = ""
      for token in tokens { lines += Self.line(try verifier.verify(token, statusList: list)) }
      try FileHandleOutput.standardOutput.write(lines)
    }

    /// The verdict in one line.
    static func line(_ verdict: CertificateVerdict) -> String {
      let claims = verdict.claims
      var credit = "no license"
      if let license = claims.license {
        let hours = claims.isSample ? "SAMPLE, no real credit" : "\(claims.hoursText ?? "0.0") h"
        credit = "\(license) (\(claims.boardName ?? "")) \(hours)"
      }
      let ledger: String
      switch verdict.ledger {
      case .holds(let path): ledger = "; the ledger at \(path) holds it"
      case .issuedElsewhere: ledger = "; issued by another ledger than this home's"
      case .noLedger: ledger = ""
      }
      return "\(claims.number) verifies: \(claims.learnerName), \(claims.courseTitle) \(claims.courseVersion), "
        + "completed \(claims.completedOn), \(credit)\(claims.supersedes.map { "; re-issued in place of \($0)" } ?? ""); "
        + "issued by \(claims.issuerName), signed by key "
        + "\(verdict.keyID)\(ledger)\(verdict.statusList.map { "; not revoked in the status list \($0.url)" } ?? "")\n"
    }
  }
}
