import ArgumentParser
import VigilCredentials
import VigilEngine

extension VigilCommand.CertificateCommand {
  /// `vigil certificate reissue NUMBER`: re-issues a certificate under a new number after the learner's
  /// name was corrected.
  struct ReissueCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reissue",
      abstract: "Re-issue a certificate under a new number after the learner's name was corrected.",
      discussion: """
        Correct the name first (vigil learner update ID --name NAME). The new certificate is the same \
        completion's, with the corrected name, new credentials (one per license of the old one) naming the \
        number they supersede, and a new PDF; the old number is recorded as superseded (a \
        certificate.superseded event) and verifies no more. Refused when the certificate already prints \
        the learner's name, or was revoked. Run again, it changes nothing and writes the files again. \
        Publish the status lists again afterwards (vigil certificate status-list).
        """
    )

    @Argument(help: "The certificate number, e.g. VC-7K3Q-M2XD-4HJH.")
    var number: String

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let number = try CertificateNumber(parsing: number)
      let ledger = try home.openLedger(.existing)
      let (reissue, delivery) = try CertificateIssuing(home: try home.resolved()).reissue(number, in: ledger)
      let name = reissue.credentials.first.flatMap { try? CredentialClaims(storedToken: $0.token).learnerName } ?? ""
      var lines = [
        reissue.isNew
          ? "re-issued certificate \(reissue.superseded) as \(reissue.number) for \(name)"
          : "certificate \(reissue.superseded) was already re-issued as \(reissue.number) for \(name); its files are "
            + "written again"
      ]
      lines += delivery
      lines.append(
        "\(reissue.superseded) is superseded: publish the status lists again (vigil certificate status-list --url "
          + "URL --out FILE, for each list)")
      try FileHandleOutput.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
  }
}
