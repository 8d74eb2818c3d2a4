import ArgumentParser
import VigilBase
import VigilSigning

extension VigilCommand.KeysCommand {
  /// `vigil keys export [--out FILE]`: the public keys as a JWK Set.
  struct ExportKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print the provider's public keys as a JWK Set (RFC 7517), the current key first.",
      discussion: """
        The set holds the current signing key and every retired one, each an EC P-256 JWK whose kid is \
        its RFC 7638 thumbprint; it never holds a private key. Publish it where boards and employers \
        fetch it: they verify certificates and signed checkpoints against it. With --out the set is \
        written to FILE atomically (mode 0644) instead of printed.
        """
    )

    @OptionGroup var home: HomeOptions

    @Option(help: ArgumentHelp("Write the set to this file instead of standard output.", valueName: "file"))
    var out: String?

    mutating func run() throws {
      let home = try home.resolved()
      let store = SigningKeyStore(homePath: home.path)
      if let out {
        try OutputFile.check(out, home: home, example: "jwks.json")
        let keys = try store.exportPublicKeySet(to: out)
        try FileHandleOutput.standardOutput.write(
          "wrote \(keys.keys.count) public key\(keys.keys.count == 1 ? "" : "s") to \(Echo.path(out))\n")
      } else {
        try FileHandleOutput.standardOutput.write(try store.publicKeySet().json + "\n")
      }
    }
  }
}
