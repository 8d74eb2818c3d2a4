import Foundation
import GRDB
import VigilBase

extension Ledger {
  /// Revokes every credential issued under a certificate number, recording a `certificate.revoked/1`
  /// event on the completion's stream (key `revocation/<number>`). Append-only: a revocation is never
  /// withdrawn, and a number is revoked once.
  ///
  /// - Parameters:
  ///   - number: The certificate number, as stored (`VC-XXXX-XXXX-XXXX`).
  ///   - reason: Why, one line of at most 500 characters; verifiers print it.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no certificate has the
  ///   number), ``LedgerError/Code-swift.struct/duplicate`` (already revoked) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (an empty or multi-line reason).
  @discardableResult
  public func revokeCertificate(number: String, reason: String) throws(LedgerError) -> Revocation {
    let reason = try Check.text(reason.trimmingSpaces, "reason")
    let recordedAt = clock()
    return try write { db in
      guard let completionID = try Self.certificates(db, where: "c.number = ?", [number]).first?.completionID else {
        throw LedgerError.notFound("no certificate in the ledger has the number \(number)")
      }
      if let existing = try Self.revocations(db, number: number).first {
        throw LedgerError(
          .duplicate,
          "certificate \(number) was already revoked at \(existing.revokedAt) (\(Echo.quoted(existing.reason)))")
      }
      var data = CanonicalJSON()
      data.field("completion", completionID)
      data.field("number", number)
      data.field("reason", reason)
      data.field("revokedAt", recordedAt)
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      try writer.append(
        .certificateRevoked, stream: "completion/\(completionID)", key: Self.revocationPrefix + number, data: data)
      return Revocation(number: number, completionID: completionID, reason: reason, revokedAt: recordedAt)
    }
  }

  /// Every revocation, oldest first.
  public func revocations() throws(LedgerError) -> [Revocation] {
    try read { db in try Self.revocations(db, number: nil) }
  }

  /// The revocation of a certificate number, or nil when it stands.
  public func revocation(number: String) throws(LedgerError) -> Revocation? {
    try read { db in try Self.revocations(db, number: number).first }
  }

  static let revocationPrefix = "revocation/"

  /// Revocations read from their events' bodies (of one number, or all), oldest first.
  static func revocations(_ db: Database, number: String?) throws -> [Revocation] {
    let bodies: [String]
    if let number {
      bodies = try String.fetchAll(
        db, sql: "SELECT body FROM events WHERE key = ?", arguments: [revocationPrefix + number])
    } else {
      bodies = try String.fetchAll(
        db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? ORDER BY seq",
        arguments: [revocationPrefix, String(revocationPrefix.dropLast()) + "0"])
    }
    return try bodies.map { body in
      guard let event = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
        event["kind"] as? String == EventKind.certificateRevoked.rawValue,
        let data = event["data"] as? [String: Any], let number = data["number"] as? String,
        let completion = data["completion"] as? Int, let reason = data["reason"] as? String,
        let revokedAt = data["revokedAt"] as? Int
      else { throw LedgerError.damaged("a revocation event is not one Vigil writes") }
      return Revocation(number: number, completionID: Int64(completion), reason: reason, revokedAt: Int64(revokedAt))
    }
  }
}
