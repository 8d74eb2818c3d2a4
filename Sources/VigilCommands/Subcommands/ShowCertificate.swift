import ArgumentParser
import VigilBase
import VigilCredentials
import VigilLedger

extension VigilCommand.CertificateCommand {
  /// `vigil certificate show NUMBER|FILE.jwt [--format json]`: what a certificate says, per license.
  struct ShowCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show what a certificate says: the learner, course, date, provider, and each license's credit.",
      discussion: """
        Give a certificate number from the home's ledger, or a .jwt file someone handed over (read, not \
        verified: vigil certificate verify checks it). The number may be typed in any case, with or without \
        VC and hyphens; I and L are read as 1 and O as 0, and a mistyped character is caught by its check \
        character. A number from the ledger says REVOKED or SUPERSEDED by NUMBER when it no longer stands. \
        --format json prints one document (described in the README).
        """
    )

    @Argument(help: "The certificate number, e.g. VC-7K3Q-M2XD-4HJH, or a certificate file (.jwt).")
    var certificate: String

    @OptionGroup var home: HomeOptions

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let printer = CertificatePrinter(format: output.format)
      if CertificateInput.namesFile(certificate) {
        let claims = try CredentialClaims(storedToken: try CertificateInput.token(certificate))
        var text = try printer.show([(claims, certificate)], learnerID: nil, status: nil)
        if output.format == .text {
          text += "Read from the file, not verified: check it with vigil certificate verify \(certificate)\n"
        }
        try FileHandleOutput.standardOutput.write(text)
        return
      }
      let ledger = try home.openLedger(.readOnly)
      let records = try CertificateRecord.find(certificate, in: ledger, home: try home.resolved())
      try FileHandleOutput.standardOutput.write(
        printer.show(
          records.map { ($0.claims, $0.path) }, learnerID: records[0].certificate.learnerID, status: records[0].status))
    }
  }
}
