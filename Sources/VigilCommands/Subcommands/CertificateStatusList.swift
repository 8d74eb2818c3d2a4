import ArgumentParser
import VigilBase
import VigilCredentials
import VigilSigning

extension VigilCommand.CertificateCommand {
  /// `vigil certificate status-list [--url URL] [--out FILE]`: the signed revocation list to host.
  struct CertificateStatusList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status-list",
      abstract: "Write the signed revocation list (W3C Bitstring Status List) the provider hosts.",
      discussion: """
        A BitstringStatusListCredential (VC-JWT, ES256, the home's current key) with the bit of every \
        revoked certificate set. Host it at the URL the certificates name in credentialStatus \
        (statusListCredential: the provider's web address and certificates/status/1). Written to standard \
        output, or exactly the token to FILE (mode 0600) with --out. When the certificates name several \
        lists, choose one with --url.
        """
    )

    @Option(help: ArgumentHelp("The list to write, when the certificates name several.", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("Write the list to this file (mode 0600).", valueName: "file"))
    var out: String?

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      if let out { try OutputFile.check(out, home: try home.resolved(), example: "status-1.jwt") }
      let lists = try StatusListBuilder.lists(ledger: try home.openLedger(.readOnly), now: CommandClock.seconds())
      let urls = lists.map(\.url).joined(separator: ", ")
      guard let list = url.map({ url in lists.first { $0.url == url } }) ?? (lists.count == 1 ? lists.first : nil) else {
        throw CredentialError(
          .notFound,
          lists.isEmpty
            ? "no certificate in the ledger carries a credentialStatus, so there is no status list to write"
            : url.map { "no certificate names the status list \($0); they name \(urls)" }
              ?? "the certificates name several status lists (\(urls)); choose one with --url")
      }
      let token = try list.signed(with: try SigningKeyStore(homePath: try home.resolved().path).currentKey())
      if let out {
        try CertificateFolder.writeFile(Array(token.utf8), to: out)
        try FileHandleOutput.standardOutput.write("wrote the status list \(list.url) to \(Echo.path(out))\n")
      } else {
        try FileHandleOutput.standardOutput.write(token + "\n")
      }
    }
  }
}
