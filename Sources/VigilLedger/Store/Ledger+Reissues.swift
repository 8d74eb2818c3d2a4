import GRDB
import VigilBase
import VigilSigning

extension Ledger {
  /// Re-issues a certificate after the learner's name was corrected (``updateLearner(id:name:email:birthday:extraTimePercent:)``):
  /// the completion's next edition, under a new number, with one credential for each credential of the
  /// one it supersedes, printing the learner's name as it is now. One transaction: a checkpoint of the
  /// head is signed (the new credentials carry it), each credential is recorded with a
  /// `certificate.reissued/1` event, and the old number with a `certificate.superseded/1` event.
  ///
  /// Idempotent: when the completion's current certificate already prints the learner's name because
  /// an earlier call re-issued it, that certificate is returned (``Reissue/isNew`` false) and nothing is
  /// written.
  ///
  /// - Parameters:
  ///   - number: A certificate number of the completion, as stored (`VC-XXXX-XXXX-XXXX`).
  ///   - reissuer: Signs the checkpoint and the new credentials.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no certificate has the
  ///   number), ``LedgerError/Code-swift.struct/unchanged`` (it already prints the learner's name),
  ///   ``LedgerError/Code-swift.struct/revoked`` (a revoked certificate is not re-issued),
  ///   ``LedgerError/Code-swift.struct/superseded`` (a later certificate replaced it and does not print the
  ///   learner's name: re-issue that one) or ``LedgerError/Code-swift.struct/cannotIssue`` (the reissuer
  ///   failed; nothing is recorded).
  @discardableResult
  public func reissueCertificate(number: String, reissuer: any CertificateReissuer) throws(LedgerError) -> Reissue {
    let recordedAt = clock()
    return try write { db in
      guard let completionID = try Self.certificates(db, where: "c.number = ?", [number]).first?.completionID else {
        throw LedgerError.notFound(
          "no certificate in the ledger has the number \(number); vigil certificate list shows the numbers it holds")
      }
      let editions = try Self.editions(db, completionID: completionID)
      guard let asked = editions.first(where: { $0.number == number }), let current = editions.last,
        let learnerID = asked.credentials.first?.learnerID
      else { throw LedgerError.damaged("the certificates of completion \(completionID) do not read") }
      guard
        let name = try String.fetchOne(db, sql: "SELECT name FROM learners WHERE id = ?", arguments: [learnerID])
      else { throw LedgerError.noLearner(learnerID) }
      if case .revoked(let reason, let at) = current.status {
        throw LedgerError(
          .revoked,
          "certificate \(current.number) was revoked on \(Self.day(at)) (\(Echo.quoted(reason))); a revoked "
            + "certificate is not re-issued")
      }
      if current.number != number {
        guard current.learnerName == name, let supersedes = current.supersedes else {
          throw LedgerError(
            .superseded,
            "certificate \(number) was superseded by \(current.number), the completion's current certificate; "
              + "re-issue that one")
        }
        return Reissue(
          superseded: supersedes, number: current.number, edition: current.edition, credentials: current.credentials,
          isNew: false)
      }
      guard name != asked.learnerName else {
        throw LedgerError(
          .unchanged,
          "certificate \(number) already prints the learner's name \(Echo.quoted(name)), so there is nothing to "
            + "re-issue; correct the name first with vigil learner update \(learnerID) --name NAME")
      }
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let subject = try Self.reissueSubject(
        db, asked, name: name,
        checkpoint: try Self.reissueCheckpoint(db, head: writer.chain, signer: reissuer.checkpointSigner),
        ledgerID: writer.identity())
      let issued = try Self.sign(db, reissuer: reissuer, superseded: asked, subject: subject)
      let licenseIDs = Dictionary(
        try Self.licenseRows(db, learnerID: learnerID).map { (try $0.key, $0.id) },
        uniquingKeysWith: { first, _ in first })
      for credential in issued {
        let event = ReissuedCredentialEvent(
          completion: completionID, credential: credential.credentialID, edition: subject.edition,
          file: credential.fileName, learnerName: name, license: credential.license.flatMap { licenseIDs[$0] },
          number: credential.number, supersedes: number, token: credential.token)
        try writer.append(.certificateReissued, stream: event.stream, key: event.key, data: event.canonical)
      }
      let supersession = SupersessionEvent(
        completion: completionID, number: number, supersededAt: recordedAt, supersededBy: issued[0].number)
      try writer.append(
        .certificateSuperseded, stream: supersession.stream, key: supersession.key, data: supersession.canonical)
      return Reissue(
        superseded: number, number: issued[0].number, edition: subject.edition,
        credentials: try Self.certificates(db, where: "c.number = ?", [issued[0].number]), isNew: true)
    }
  }

  /// A completion's certificates, edition by edition, each with its credentials and where it stands:
  /// active, revoked (with the reason and when) or superseded (by the next edition's number, and when).
  /// Empty for a completion without certificates (or no such completion).
  ///
  /// This is the reading a board exchange needs: "certificate X superseded by Y for completion C" is
  /// an edition of C whose status is `.superseded(by: Y, …)`, and "X revoked with reason R" one whose
  /// status is `.revoked(reason: R, …)`.
  public func certificateEditions(completionID: Int64) throws(LedgerError) -> [CertificateEdition] {
    try read { db in try Self.editions(db, completionID: completionID) }
  }

  /// The certificate edition with a number, or nil when no certificate has it.
  public func certificateEdition(number: String) throws(LedgerError) -> CertificateEdition? {
    try read { db in
      guard let completionID = try Self.certificates(db, where: "c.number = ?", [number]).first?.completionID else {
        return nil
      }
      return try Self.editions(db, completionID: completionID).first { $0.number == number }
    }
  }

  /// Every superseded certificate number, oldest first.
  public func supersessions() throws(LedgerError) -> [Supersession] {
    try read { db in try Self.supersessions(db, number: nil).map(\.supersession) }
  }

  static let reissuePrefix = "reissue/"
  static let supersessionPrefix = "supersession/"

  /// The editions of a completion, in order.
  static func editions(_ db: Database, completionID: Int64) throws -> [CertificateEdition] {
    let credentials = try certificates(db, where: "c.completion_id = ?", [completionID])
    guard !credentials.isEmpty else { return [] }
    guard
      let stored = try String.fetchOne(
        db, sql: "SELECT snapshot FROM completions WHERE id = ?", arguments: [completionID])
    else { throw LedgerError.notFound("there is no completion \(completionID) in the ledger") }
    let firstName = try CompletionSnapshot(stored: stored, in: "completions row \(completionID)").learnerName
    let reissued = try reissuedCredentials(db, completionID: completionID)
    var editions: [CertificateEdition] = []
    for credential in credentials {
      if let index = editions.firstIndex(where: { $0.number == credential.number }) {
        editions[index].credentials.append(credential)
        continue
      }
      let event = reissued.first { $0.number == credential.number }
      var status = CertificateStatus.active
      if let revocation = try revocations(db, number: credential.number).first {
        status = .revoked(reason: revocation.reason, at: revocation.revokedAt)
      } else if let supersession = try supersessions(db, number: credential.number).first {
        status = .superseded(by: supersession.supersededBy, at: supersession.supersededAt)
      }
      editions.append(
        CertificateEdition(
          number: credential.number, completionID: completionID, edition: credential.edition,
          supersedes: event?.supersedes, learnerName: event?.learnerName ?? firstName, credentials: [credential],
          status: status))
    }
    return editions.sorted { $0.edition < $1.edition }
  }

  /// The re-issued credentials of a completion, read from their events, in order.
  static func reissuedCredentials(_ db: Database, completionID: Int64) throws -> [ReissuedCredentialEvent] {
    try String.fetchAll(
      db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? AND stream = ? ORDER BY seq",
      arguments: [reissuePrefix, String(reissuePrefix.dropLast()) + "0", "completion/\(completionID)"]
    ).map { body in
      guard let event = EventData.read(ReissuedCredentialEvent.self, from: body) else {
        throw LedgerError.damaged("a certificate.reissued event of completion \(completionID) is not one Vigil writes")
      }
      return event
    }
  }

  /// Supersessions read from their events' bodies (of one number, or all), oldest first.
  static func supersessions(_ db: Database, number: String?) throws -> [SupersessionEvent] {
    let bodies: [String]
    if let number {
      bodies = try String.fetchAll(
        db, sql: "SELECT body FROM events WHERE key = ?", arguments: [supersessionPrefix + number])
    } else {
      bodies = try String.fetchAll(
        db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? ORDER BY seq",
        arguments: [supersessionPrefix, String(supersessionPrefix.dropLast()) + "0"])
    }
    return try bodies.map { body in
      guard let event = EventData.read(SupersessionEvent.self, from: body) else {
        throw LedgerError.damaged("a certificate.superseded event is not one Vigil writes")
      }
      return event
    }
  }

  /// The signed checkpoint of the head the re-issued credentials carry: the one already kept for the
  /// head, or a new one signed by `signer`.
  private static func reissueCheckpoint(
    _ db: Database, head chain: EventAppender, signer: any CheckpointSigner
  ) throws -> String {
    if let kept = try String.fetchOne(
      db, sql: "SELECT token FROM checkpoints WHERE seq = ?", arguments: [chain.headSeq])
    {
      return kept
    }
    guard let token = try CheckpointWriter.sign(db, head: chain, with: signer) else {
      throw LedgerError.damaged("the ledger has certificates but no events")
    }
    return token
  }

  /// What the next edition says: the completion as recorded, with the learner's name now, the new
  /// checkpoint, the licenses of the edition it supersedes, its edition and the number it supersedes.
  private static func reissueSubject(
    _ db: Database, _ superseded: CertificateEdition, name: String, checkpoint: String, ledgerID: String
  ) throws -> CertificateSubject {
    var (subject, _) = try certificateSubject(db, completionID: superseded.completionID, ledgerID: ledgerID)
    let licenses = Set(superseded.credentials.compactMap(\.license))
    subject.licenses = subject.licenses.filter { licenses.contains($0.license) }
    subject.snapshot.learnerName = name
    subject.checkpoint = checkpoint
    subject.edition = superseded.edition + 1
    subject.supersedes = superseded.number
    return subject
  }

  /// The reissuer's credentials, checked: one per superseded credential (the same licenses), one new
  /// number no certificate has, and ids and file names no other credential has.
  private static func sign(
    _ db: Database, reissuer: any CertificateReissuer, superseded: CertificateEdition, subject: CertificateSubject
  ) throws -> [NewCertificate] {
    func refusal(_ reason: String) -> LedgerError {
      LedgerError(.cannotIssue, "cannot re-issue certificate \(superseded.number): \(reason)")
    }
    let issued: [NewCertificate]
    do {
      issued = try reissuer.certificates(reissuing: superseded.credentials, for: subject)
    } catch let error as LedgerError {
      throw error
    } catch let error as any UserFacingError {
      throw refusal(error.message)
    } catch {
      throw refusal("\(error)")
    }
    guard let number = issued.first?.number, number.utf8.count == 17, number != superseded.number,
      issued.allSatisfy({ $0.number == number })
    else { throw refusal("its credentials do not share one new certificate number of 17 characters") }
    guard issued.count == superseded.credentials.count,
      Set(issued.map(\.license)) == Set(superseded.credentials.map(\.license))
    else { throw refusal("it made other credentials than the ones it supersedes (one per license)") }
    guard try certificates(db, where: "c.number = ?", [number]).isEmpty else {
      throw refusal("the number \(number) is already another certificate's")
    }
    for credential in issued {
      guard isFileName(credential.fileName), !credential.credentialID.isEmpty, !credential.token.isEmpty else {
        throw refusal("a credential has no id, no token or a file name that is not a plain .jwt name")
      }
      guard
        try certificates(
          db, where: "c.credential_id = ? OR c.file_name = ?", [credential.credentialID, credential.fileName]
        )
        .isEmpty
      else {
        throw refusal("the credential \(credential.credentialID) (\(credential.fileName)) is already in the ledger")
      }
    }
    guard Set(issued.map(\.credentialID)).count == issued.count, Set(issued.map(\.fileName)).count == issued.count
    else {
      throw refusal("two of its credentials share an id or a file name")
    }
    return issued
  }

  /// The UTC day of an instant, for messages.
  static func day(_ seconds: Int64) -> String {
    CalendarDate(daysSinceEpoch: Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)).description
  }
}
