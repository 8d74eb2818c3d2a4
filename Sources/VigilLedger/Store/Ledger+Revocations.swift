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
  ///   number), ``LedgerError/Code-swift.struct/duplicate`` (already revoked),
  ///   ``LedgerError/Code-swift.struct/superseded`` (re-issued under a newer number: revoke that one) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (an empty or multi-line reason).
  @discardableResult
  public func revokeCertificate(number: String, reason: String) throws(LedgerError) -> Revocation {
    let reason = try Check.text(reason.trimmingSpaces, "reason")
    let recordedAt = clock()
    return try write { db in
      guard let completionID = try Self.certificates(db, where: "c.number = ?", [number]).first?.completionID else {
        throw LedgerError.notFound(
          "no certificate in the ledger has the number \(number); vigil certificate list shows the numbers it holds")
      }
      if let supersession = try Self.supersessions(db, number: number).first {
        throw LedgerError(
          .superseded,
          "certificate \(number) was superseded by \(supersession.supersededBy) on \(Self.day(supersession.supersededAt)) "
            + "and no longer stands; revoke \(supersession.supersededBy), the completion's current certificate")
      }
      if let existing = try Self.revocations(db, number: number).first {
        throw LedgerError(
          .duplicate,
          "certificate \(number) was already revoked on \(Self.day(existing.revokedAt)) (\(Echo.quoted(existing.reason)))"
        )
      }
      let event = RevocationEvent(completion: completionID, number: number, reason: reason, revokedAt: recordedAt)
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      try writer.append(.certificateRevoked, stream: event.stream, key: event.key, data: event.canonical)
      return event.revocation
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
      guard let event = EventData.read(RevocationEvent.self, from: body) else {
        throw LedgerError.damaged("a revocation event is not one Vigil writes")
      }
      return event.revocation
    }
  }
}
