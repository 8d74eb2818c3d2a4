import Foundation
import VigilSigning

/// Signs the checkpoints of an issuer's completions with the issuer's key and remembers the last token
/// it signed.
///
/// The ledger signs a completion's checkpoint and, in the same transaction, has the issuer sign the
/// certificates that carry it. The issuer refuses a checkpoint another key signed; the one it signed
/// itself a moment ago it recognises byte for byte instead of verifying its own signature again (an
/// ES256 verification costs twice a signature).
final class RememberingCheckpointSigner: CheckpointSigner, @unchecked Sendable {
  /// The issuer's key.
  let key: SigningKey
  private let lock = NSLock()
  private var lastToken: String?

  /// A signer with `key`.
  init(key: SigningKey) {
    self.key = key
  }

  var keyID: String { key.keyID }

  func sign(_ checkpoint: Checkpoint) throws -> String {
    let token = try key.signCheckpoint(checkpoint)
    lock.withLock { lastToken = token }
    return token
  }

  /// Whether `token` is exactly the checkpoint this signer signed last.
  func signedLast(_ token: String) -> Bool {
    lock.withLock { lastToken == token }
  }
}
