import ArgumentParser
import Foundation
import VigilLedger
import VigilSigning

/// `--home FOLDER`: where Vigil keeps its runtime data; every command that touches the ledger takes it.
struct HomeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The folder holding ledger.sqlite (default: $VIGIL_HOME, else $XDG_DATA_HOME/vigil, else ~/.local/share/vigil).",
      valueName: "folder"))
  var home: String?

  /// The home folder from `--home` or the environment.
  func resolved() throws(LedgerError) -> VigilHome {
    try VigilHome.resolve(explicit: home, environment: ProcessInfo.processInfo.environment)
  }

  /// Opens the ledger in the home folder.
  ///
  /// - Parameter mode: `.create` for commands that may start a ledger (`.createForBoard` for a board's
  ///   commands), `.existing` for commands that write to one, `.readOnly` for commands that only read
  ///   (they also work on a read-only home).
  func openLedger(_ mode: Ledger.OpenMode) throws(LedgerError) -> Ledger {
    try Ledger(path: resolved().ledgerPath, mode: mode, clock: CommandClock.seconds)
  }

  /// The provider's public keys in the home (`keys/signing.jwks`), or nil when no key was made there.
  ///
  /// - Throws: ``VigilSigning/SigningError`` when the key file exists but cannot be used.
  func publicKeys() throws -> JWKSet? {
    let store = SigningKeyStore(homePath: try resolved().path)
    guard FileManager.default.fileExists(atPath: store.keyFilePath) else { return nil }
    return try store.publicKeySet()
  }
}
