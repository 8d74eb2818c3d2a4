import ArgumentParser
import Foundation
import VigilBase
import VigilCredentials
import VigilLedger

extension VigilCommand.CertificateCommand {
  /// `vigil certificate show NUMBER|FILE.jwt`: what a certificate says, per license.
  struct ShowCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show what a certificate says: the learner, course, date, provider, and each license's credit.",
      discussion: """
        Give a certificate number from the home's ledger, or a .jwt file someone handed over (read, not \
        verified: vigil certificate verify checks it). The number may be typed in any case, with or without \
        VC and hyphens; I and L are read as 1 and O as 0, and a mistyped character is caught by its check \
        character.
        """
    )

    @Argument(help: "The certificate number, e.g. VC-7K3Q-M2XD-4HJH, or a certificate file (.jwt).")
    var certificate: String

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      if certificate.hasSuffix(".jwt") || FileManager.default.fileExists(atPath: certificate) {
        let claims = try CredentialClaims(storedToken: try CertificateInput.token(certificate))
        try FileHandleOutput.standardOutput.write(
          Self.text([(claims, certificate)], revocation: nil)
            + "Read from the file, not verified: check it with vigil certificate verify \(certificate)\n")
        return
      }
      let ledger = try home.openLedger(.readOnly)
      let records = try CertificateRecord.find(certificate, in: ledger, home: try home.resolved())
      let revocation = try ledger.revocation(number: records[0].certificate.number)
      try FileHandleOutput.standardOutput.write(Self.text(records.map { ($0.claims, $0.path) }, revocation: revocation))
    }

    private static func text(_ credentials: [(claims: CredentialClaims, path: String)], revocation: Revocation?) -> String {
      guard let first = credentials.first?.claims else { return "" }
      var text = """
        Certificate \(first.number)\(first.isSample ? " (SAMPLE: no real credit)" : "")
          Learner: \(first.learnerName)
          Course: \(first.courseTitle) \(first.courseVersion) (\(first.courseID))
          Completed: \(first.completedOn)
          Provider: \(first.issuerName) (\(first.issuerID))
          Completion: \(first.completion)

        """
      if let revocation {
        text += "  REVOKED on \(InstantText.format(revocation.revokedAt)): \(revocation.reason)\n"
      }
      if let status = first.status { text += "  Status list: \(status.listURL), index \(status.index)\n" }
      for (claims, path) in credentials {
        if let license = claims.license {
          let credit = claims.isSample ? "SAMPLE, no real credit" : "\(claims.hoursText ?? "0.0") h"
          text += "  \(license), \(claims.boardName ?? ""): \(credit)\n"
        } else {
          text += "  No license: no credit\n"
        }
        for credit in claims.credits {
          let sample = credit.isSample ? " (sample)" : ""
          text += "    \(credit.approver) \(credit.approvalNumber): \(credit.minutes) min\(sample)\n"
        }
        text += "    Credential \(claims.id)\n    File: \(path)\n"
      }
      return text
    }
  }
}
