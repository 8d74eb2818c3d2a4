import ArgumentParser
import VigilSigning

extension VigilCommand.KeysCommand {
  /// `vigil keys init [--force]`: creates the provider's P-256 signing key, or rotates it.
  struct InitKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Create the provider's signing key (P-256, ES256) in the home folder's keys/.",
      discussion: """
        The key file keys/signing.jwks is created with mode 0600 in a folder with mode 0700. An existing \
        key is kept unless --force is given; --force rotates: a new key signs from now on and the old \
        public key stays in the exported set, so the certificates and checkpoints it signed still verify. \
        Keep a copy of the key file somewhere safe: the ledger backup does not hold it.
        """
    )

    @OptionGroup var home: HomeOptions

    @Flag(help: "Rotate: make a new key even if one exists, keeping the old public key in the exported set.")
    var force = false

    mutating func run() throws {
      let store = SigningKeyStore(homePath: try home.resolved().path)
      let created = try store.create(rotating: force)
      let text: String
      if let retired = created.retired {
        text = "rotated the signing key in \(created.path): \(created.key.keyID) signs from now on; the old key "
          + "\(retired.keyID) is retired but stays in the exported set, so the certificates and checkpoints it signed "
          + "still verify "
          + "(\(created.publicKeys.keys.count) keys in the set); publish the new set with `vigil keys export`\n"
      } else {
        text = "created the signing key \(created.key.keyID) (P-256, ES256) in \(created.path); publish the "
          + "public key with `vigil keys export`\n"
      }
      try FileHandleOutput.standardOutput.write(text)
    }
  }
}
