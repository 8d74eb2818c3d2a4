import ArgumentParser
import VigilBase
import VigilCredentials

extension VigilCommand.CertificateCommand {
  /// `vigil certificate pdf NUMBER [--out FILE]`: draws a certificate's printable PDF again.
  struct CertificatePDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "pdf",
      abstract: "Draw a certificate's printable PDF again from the ledger.",
      discussion: """
        The PDF is written to the home's certificates/ folder as NUMBER.pdf (mode 0600), where vigil take \
        wrote it when the course was passed, or to FILE with --out. It is drawn from the credentials the \
        ledger holds, so it is the same, byte for byte, every time.
        """
    )

    @Argument(help: "The certificate number, e.g. VC-7K3Q-M2XD-4HJH.")
    var number: String

    @Option(help: ArgumentHelp("Write the PDF to this file instead (mode 0600).", valueName: "file"))
    var out: String?

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let home = try self.home.resolved()
      if let out { try OutputFile.check(out, home: home, example: "certificate.pdf") }
      let ledger = try self.home.openLedger(.readOnly)
      let records = try CertificateRecord.find(number, in: ledger, home: home)
      let pdf = try CertificatePDF(records.map(\.claims), status: records[0].status).render()
      let number = records[0].claims.number.description
      let path: String
      if let out {
        try CertificateFolder.writeFile(pdf, to: out)
        path = out
      } else {
        path = try CertificateFolder(home: home).writePDF(pdf, number: number)
      }
      try FileHandleOutput.standardOutput.write("wrote the certificate \(number) to \(Echo.path(path))\n")
    }
  }
}
