import GRDB
import VigilSigning

/// Signs a checkpoint of the chain's head inside a write transaction and stores it beside the chain.
enum CheckpointWriter {
  /// Signs the head the appender ends with and stores the token; returns it (nil without a signer).
  static func sign(_ db: Database, head chain: EventAppender, with signer: (any CheckpointSigner)?) throws -> String? {
    guard let signer, chain.headSeq > 0 else { return nil }
    let token: String
    do {
      let checkpoint = try Checkpoint(sequence: chain.headSeq, link: chain.headLink, signedAt: chain.recordedAt)
      token = try signer.sign(checkpoint)
    } catch let error as SigningError {
      throw LedgerError(.storage, "cannot sign the checkpoint of the ledger's head: \(error.message)")
    }
    try InsertStatement(db, sql: "INSERT INTO checkpoints (seq, link, token) VALUES (?, ?, ?)").insert(db) { values in
      values.bind(chain.headSeq)
      values.bind(chain.headLink)
      values.bind(token)
    }
    return token
  }
}
