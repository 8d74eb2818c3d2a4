import ArgumentParser

extension VigilCommand {
  /// `vigil certificate verify|list|show|pdf`: the certificates issued for completions.
  struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "certificate",
      abstract: "Verify a certificate file, or list, show and print the certificates the ledger holds.",
      subcommands: [VerifyCertificate.self, ListCertificates.self, ShowCertificate.self, CertificatePDFCommand.self]
    )
  }
}
