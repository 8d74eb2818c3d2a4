import GRDB
import VigilBase
import VigilGrading

extension Ledger {
  /// Issues the certificates of a completion, or returns those it already has: a completion's
  /// certificates are signed once (ES256 signatures are randomised, so signing again would make other
  /// tokens) and afterwards only read back.
  ///
  /// One transaction: the ``CertificateSubject`` is read from the stored completion, `issuer` signs the
  /// certificates, and each is stored with a `certificate.issued` event.
  /// ``complete(attemptID:course:boards:completedAt:issuer:)`` does the same inside the completion's own
  /// transaction; this is for a completion recorded earlier.
  ///
  /// - Returns: The completion's certificates of edition 1, in the order issued.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no such completion),
  ///   ``LedgerError/Code-swift.struct/cannotIssue`` (a completion without its time or a signed
  ///   checkpoint, or the issuer failed) or ``LedgerError/Code-swift.struct/duplicate``.
  public func issueCertificates(completionID: Int64, issuer: any CertificateIssuer) throws(LedgerError) -> [Certificate]
  {
    let recordedAt = clock()
    return try write { db in
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      return try Self.issueCertificates(db, completionID: completionID, issuer: issuer, writer: &writer)
    }
  }

  /// The certificates of a completion, in the order issued (none when none was issued): the credentials
  /// issued with it (edition 1) and those of every later edition (``certificateEditions(completionID:)``
  /// groups them by number, with their status).
  public func certificates(completionID: Int64) throws(LedgerError) -> [Certificate] {
    try read { db in try Self.certificates(db, where: "c.completion_id = ?", [completionID]) }
  }

  /// Every certificate, or a learner's, oldest first.
  public func certificates(learnerID: Int64? = nil) throws(LedgerError) -> [Certificate] {
    try read { db in
      guard let learnerID else { return try Self.certificates(db, where: "1", []) }
      return try Self.certificates(db, where: "p.learner_id = ?", [learnerID])
    }
  }

  /// The credentials issued under a certificate number (one per license of the completion).
  public func certificates(number: String) throws(LedgerError) -> [Certificate] {
    try read { db in try Self.certificates(db, where: "c.number = ?", [number]) }
  }

  /// The certificate with a credential id (its `jti`), or nil.
  public func certificate(credentialID: String) throws(LedgerError) -> Certificate? {
    try read { db in try Self.certificates(db, where: "c.credential_id = ?", [credentialID]).first }
  }

  /// The ledger's id, a UUID made with its first event (nil for a ledger without events); completion
  /// numbers and certificates name the ledger by it.
  public func identity() throws(LedgerError) -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT id FROM ledger") }
  }

  /// Issues a completion's certificates inside a write transaction (see ``issueCertificates(completionID:issuer:)``).
  static func issueCertificates(
    _ db: Database, completionID: Int64, issuer: any CertificateIssuer, writer: inout RecordWriter
  ) throws -> [Certificate] {
    let existing = try certificates(db, where: "c.completion_id = ? AND c.edition = 1", [completionID])
    guard existing.isEmpty else { return existing }
    let (subject, licenseRows) = try certificateSubject(db, completionID: completionID, ledgerID: writer.identity())
    func refusal(_ reason: String) -> LedgerError {
      LedgerError(.cannotIssue, "cannot issue the certificate of completion \(subject.completionNumber): \(reason)")
    }
    let issued: [NewCertificate]
    do {
      issued = try issuer.certificates(for: subject)
    } catch let error as LedgerError {
      throw error
    } catch let error as any UserFacingError {
      throw refusal(error.message)
    } catch {
      throw refusal("\(error)")
    }
    guard let number = issued.first?.number else { throw refusal("the issuer made no certificate") }
    let licenseIDs = Dictionary(
      try licenseRows.map { (try $0.key, $0.id) },
      uniquingKeysWith: { first, _ in first })
    let insert = try InsertStatement(db, sql: CertificateRow.insertSQL)
    for certificate in issued {
      guard certificate.number == number, number.utf8.count == 17 else {
        throw refusal("its credentials do not share one certificate number of 17 characters")
      }
      if let license = certificate.license, licenseIDs[license] == nil {
        throw refusal("a credential names license \(license), which is not the learner's")
      }
      guard Self.isFileName(certificate.fileName), !certificate.credentialID.isEmpty, !certificate.token.isEmpty else {
        throw refusal("a credential has no id, no token or a file name that is not a plain .jwt name")
      }
      var row = CertificateRow(
        number: number, completionID: completionID, licenseID: certificate.license.flatMap { licenseIDs[$0] },
        credentialID: certificate.credentialID, fileName: certificate.fileName, token: certificate.token)
      do {
        row.id = try insert.insert(db, row.bind)
      } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
        throw LedgerError(
          .duplicate, "the certificate \(certificate.credentialID) (\(certificate.fileName)) is already in the ledger")
      }
      try writer.append(.certificateIssued, stream: row.stream, key: row.eventKey, data: row.canonical)
    }
    return try certificates(db, where: "c.completion_id = ? AND c.edition = 1", [completionID])
  }

  /// A plain file name for `certificates/`: letters, digits, `-`, `_` and `.`, not starting with a
  /// dot, ending in `.jwt`.
  static func isFileName(_ name: String) -> Bool {
    name.hasSuffix(".jwt") && !name.hasPrefix(".") && name.utf8.count <= 200
      && name.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
      }
  }

  /// What the completion's certificates say, read from the stored rows, with the learner's license rows.
  static func certificateSubject(
    _ db: Database, completionID: Int64, ledgerID: String
  ) throws -> (CertificateSubject, [LicenseRow]) {
    let stored = try completionRow(db, id: completionID)
    let completion = try completion(db, stored: stored)
    guard let completedAt = stored.completedAt else {
      throw LedgerError(
        .cannotIssue,
        "completion \(stored.number) was recorded without the time it was completed (an imported record); "
          + "certificates are issued only for courses taken in this ledger")
    }
    guard let checkpoint = completion.checkpoint else {
      throw LedgerError(
        .cannotIssue,
        "completion \(stored.number) has no signed checkpoint of the ledger's head (it was recorded without the "
          + "provider's key), and a certificate must carry one")
    }
    let rows = try licenseRows(db, learnerID: stored.learnerID)
    let licenses = try rows.map { row in
      let key = try row.key
      return CertificateSubject.LicenseCredits(license: key, credits: completion.credits.filter { $0.license == key })
    }
    let subject = CertificateSubject(
      ledgerID: ledgerID, completionID: completionID, completionNumber: stored.number, learnerID: stored.learnerID,
      completedAt: Timestamp(secondsSinceEpoch: completedAt), completedOn: completion.completedOn,
      percentBasisPoints: stored.percentBasisPoints,
      snapshot: try CompletionSnapshot(stored: stored.snapshot, in: "completions row \(completionID)"),
      checkpoint: checkpoint, licenses: licenses)
    return (subject, rows)
  }

  /// Certificates matching a condition on `c` (every credential: the `certificates` rows of edition 1,
  /// and the re-issued ones, which have no row, read from their `certificate.reissued/1` events) joined
  /// with its completion `p`, in the order issued.
  static func certificates(
    _ db: Database, where condition: String, _ arguments: StatementArguments
  ) throws
    -> [Certificate]
  {
    // Cached per condition: the conditions are a few fixed texts, the values are bound.
    try Row.fetchAll(
      db.cachedStatement(
        sql: """
          WITH c (id, number, completion_id, license_id, credential_id, file_name, token, edition, seq) AS (
            SELECT c.id, c.number, c.completion_id, c.license_id, c.credential_id, c.file_name, c.token, 1,
              (SELECT e.seq FROM events e WHERE e.key = 'certificate/' || c.credential_id)
            FROM certificates c
            UNION ALL
            SELECT e.seq, json_extract(e.body, '$.data.number'), json_extract(e.body, '$.data.completion'),
              json_extract(e.body, '$.data.license'), json_extract(e.body, '$.data.credential'),
              json_extract(e.body, '$.data.file'), json_extract(e.body, '$.data.token'),
              json_extract(e.body, '$.data.edition'), e.seq
            FROM events e WHERE e.key >= '\(reissuePrefix)' AND e.key < '\(reissuePrefix.dropLast())0'
          )
          SELECT c.id, c.number, c.completion_id, p.learner_id, l.board, l.type, l.number, c.credential_id,
          c.file_name, c.token, c.edition
          FROM c JOIN completions p ON p.id = c.completion_id LEFT JOIN licenses l ON l.id = c.license_id
          WHERE \(condition) ORDER BY c.seq, c.id
          """), arguments: arguments
    ).map { row in
      let board: String? = try row.decode(atIndex: 4)
      let license = try board.map { board in
        try LicenseKey(board: board, type: try row.decode(atIndex: 5), number: try row.decode(atIndex: 6))
      }
      return Certificate(
        id: try row.decode(atIndex: 0), number: try row.decode(atIndex: 1), completionID: try row.decode(atIndex: 2),
        learnerID: try row.decode(atIndex: 3), license: license, credentialID: try row.decode(atIndex: 7),
        fileName: try row.decode(atIndex: 8), token: try row.decode(atIndex: 9), edition: try row.decode(atIndex: 10))
    }
  }
}
