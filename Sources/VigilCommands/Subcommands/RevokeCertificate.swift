import ArgumentParser
import VigilCredentials

extension VigilCommand.CertificateCommand {
  /// `vigil certificate revoke NUMBER --reason TEXT`: revokes a certificate, recorded in the ledger.
  struct RevokeCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "revoke",
      abstract: "Revoke a certificate: every credential under its number stops verifying.",
      discussion: """
        Records a certificate.revoked event in the ledger (append-only: a revocation is never withdrawn). \
        vigil certificate verify then refuses the certificate in this home, with the reason; publish the \
        status list again (vigil certificate status-list) so boards holding a copy learn it too.
        """
    )

    @Argument(help: "The certificate number, e.g. VC-7K3Q-M2XD-4HJH.")
    var number: String

    @Option(help: ArgumentHelp("Why it is revoked, one line; verifiers print it.", valueName: "text"))
    var reason: String

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let number = try CertificateNumber(parsing: number).description
      let revocation = try home.openLedger(.existing).revokeCertificate(number: number, reason: reason)
      try FileHandleOutput.standardOutput.write(
        "revoked certificate \(revocation.number): \(revocation.reason); publish the status list again "
          + "(vigil certificate status-list --out FILE)\n")
    }
  }
}
