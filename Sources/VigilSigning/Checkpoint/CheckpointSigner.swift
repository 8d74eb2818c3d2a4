/// What the ledger takes to sign checkpoints of its head; it never owns key files.
///
/// ``SigningKey`` conforms (load the provider's current key with ``SigningKeyStore/currentKey()``);
/// tests may pass their own.
public protocol CheckpointSigner: Sendable {
  /// The `kid` of the key that signs, the RFC 7638 thumbprint.
  var keyID: String { get }

  /// The checkpoint as a compact JWS (ES256, `typ` ``Checkpoint/tokenType``).
  func sign(_ checkpoint: Checkpoint) throws -> String
}

extension SigningKey: CheckpointSigner {
  /// Signs the checkpoint's canonical bytes as a compact JWS with `typ` ``Checkpoint/tokenType``.
  public func sign(_ checkpoint: Checkpoint) throws -> String {
    try signCheckpoint(checkpoint)
  }

  /// ``sign(_:)`` with its error type spelled out.
  public func signCheckpoint(_ checkpoint: Checkpoint) throws(SigningError) -> String {
    try sign(payload: checkpoint.canonicalBytes(), type: Checkpoint.tokenType)
  }
}
