import ArgumentParser
import VigilExchange

extension VigilCommand.BoardCommand.BoardTrustCommand {
  /// `vigil board trust add PROVIDER.jwks --name NAME`.
  struct TrustProvider: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Trust the public keys a provider published (its `vigil keys export`) under a name.",
      discussion: """
        Recorded in the board's ledger (a provider.trusted event). Adding the same keys under the same \
        name again changes nothing. A provider that rotated its key publishes a set that keeps its old \
        keys: given under its name, the new keys are trusted beside them (a provider.keys-added event). \
        A key is trusted under one name, ever; a removed provider's name and keys are not used again.
        """
    )

    @Argument(help: ArgumentHelp("The provider's JWK Set file.", valueName: "provider.jwks"))
    var keySet: String

    @Option(help: ArgumentHelp("The board's name for the provider: lowercase letters and digits joined by hyphens (e.g. acme-ce).", valueName: "name"))
    var name: String

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let outcome = try BoardTrust.add(keySetAt: keySet, name: name, to: try home.openLedger(.createForBoard))
      let keys = outcome.provider.keys.keys
      let list = "\(keys.count) key\(keys.count == 1 ? "" : "s"): " + keys.map(\.keyID).joined(separator: ", ")
      let provider = outcome.provider.name
      let said =
        switch outcome.change {
        case .trusted: "trusted \(provider) (\(list)); the board accepts batches signed with these keys"
        case .keysAdded(let added):
          "\(provider) rotated its key: now trusts \(list) (new: \(added.joined(separator: ", "))); its records and heads "
            + "stay its own"
        case .unchanged: "\(provider) already trusts exactly these keys (\(list)); nothing changed"
        }
      try FileHandleOutput.standardOutput.write(said + "\n")
    }
  }
}
