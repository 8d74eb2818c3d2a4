import VigilLedger
import VigilSigning

/// The providers a board accepts batches from: their public key sets, read from the files providers
/// publish (`vigil keys export`), trusted in the board's own ledger.
public enum BoardTrust {
  /// Reads a provider's published JWK Set.
  ///
  /// - Throws: ``ExchangeError`` with code `unreadable` (no such file), `tooLarge` (over
  ///   ``VigilSigning/JWKSet/maximumBytes``) or `malformed` (not a public P-256 key set whose key ids
  ///   are their RFC 7638 thumbprints, or a set without keys).
  public static func keySet(at path: String) throws(ExchangeError) -> JWKSet {
    let bytes = try ByteInput.readAll(path: path, limit: JWKSet.maximumBytes)
    do {
      return try JWKSet(published: bytes)
    } catch {
      throw ExchangeError(.malformed, "\(path): \(error.message); give the file the provider's `vigil keys export` wrote")
    }
  }

  /// Trusts the key set in the file at `path` under `name` in the board's ledger.
  ///
  /// - Throws: ``ExchangeError`` for the file, ``VigilLedger/LedgerError`` for the trust (a name or key
  ///   already taken, a malformed name).
  public static func add(keySetAt path: String, name: String, to ledger: Ledger) throws -> ProviderTrustOutcome {
    try ledger.trustProvider(name: name, keys: try keySet(at: path))
  }
}
