import ArgumentParser

extension VigilCommand {
  /// `vigil certificate verify|list|show|pdf|revoke|reissue|status-list`: the certificates issued for completions.
  struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "certificate",
      abstract:
        "Verify a certificate file, or list, show, print, revoke and re-issue the certificates the ledger holds.",
      subcommands: [
        VerifyCertificate.self, ListCertificates.self, ShowCertificate.self, CertificatePDFCommand.self,
        RevokeCertificate.self, ReissueCertificate.self, CertificateStatusList.self,
      ]
    )
  }
}
