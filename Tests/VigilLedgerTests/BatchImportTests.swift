import Testing
import VigilBase
import VigilLedger

/// `Ledger.importBatch`: what a board's ledger stores of a provider's batch, and each refusal, which
/// leaves the ledger exactly as it was.
@Suite struct BatchImportTests {
  /// A board ledger trusting `acme-ce`, laid out as `vigil board trust add` makes one.
  private func board() throws -> (LedgerFixture, Ledger) {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    return (fixture, ledger)
  }

  /// Runs an import that must be refused, and checks it wrote nothing.
  private func refused(
    _ fixture: LedgerFixture, _ ledger: Ledger, _ batch: IncomingBatch, _ records: [BoardRecord]
  ) throws -> [BatchRefusal] {
    let before = try fixture.eventCount()
    let tables = try fixture.sqlite("SELECT (SELECT count(*) FROM board_records), (SELECT count(*) FROM imported_batches)")
    let result = try ledger.importBatch(batch, records: records)
    guard case .refused(let refusals, let total) = result else {
      Issue.record("expected a refusal, got \(result)")
      return []
    }
    #expect(total == refusals.count)
    #expect(try fixture.eventCount() == before)
    #expect(try fixture.sqlite("SELECT (SELECT count(*) FROM board_records), (SELECT count(*) FROM imported_batches)") == tables)
    return refusals
  }

  @Test func aBatchImportsOnceAndAgainIsUnchanged() throws {
    let (fixture, ledger) = try board()
    let records = [BoardFixture.record("a"), BoardFixture.record("b", number: "100002")]
    #expect(try ledger.importBatch(BoardFixture.batch(), records: records) == .imported(batchID: 1, added: 2, unchanged: 0))
    let events = try fixture.eventCount()
    #expect(events == 2 + 2)  // one records.imported for both, and the batch.imported
    #expect(try ledger.importBatch(BoardFixture.batch(), records: records) == .unchanged(records: 2))
    #expect(try fixture.eventCount() == events)
    let more = records + [BoardFixture.record("c", number: "100003")]
    #expect(
      try ledger.importBatch(BoardFixture.batch(file: "batch-2"), records: more) == .imported(batchID: 2, added: 1, unchanged: 2))
    let stored = try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100001"))
    #expect(stored.map(\.record) == [records[0]])
    #expect(stored.first?.provider == "acme-ce" && stored.first?.batchID == 1 && stored.first?.isVerified == true)
    #expect(
      try fixture.sqlite("SELECT record_count, added_count, unchanged_count, verified FROM imported_batches ORDER BY id")
        == "2|2|0|1\n3|1|2|1\n")
    #expect(try ledger.verify().isIntact)
  }

  @Test func anUnsignedBatchMarksItsRecordsUnverified() throws {
    let (_, ledger) = try board()
    _ = try ledger.importBatch(BoardFixture.batch(verified: false), records: [BoardFixture.record("a")])
    #expect(try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100001")).map(\.isVerified) == [false])
  }

  @Test func anUnknownOrRemovedProvidersBatchIsRefused() throws {
    let (fixture, ledger) = try board()
    let unknown = try refused(fixture, ledger, BoardFixture.batch("nobody"), [BoardFixture.record("a")])
    #expect(unknown == [BatchRefusal(place: nil, reason: "no provider named 'nobody' is trusted; trust it with `vigil board trust add`")])
    try ledger.removeProvider(name: "acme-ce")
    let removed = try refused(fixture, ledger, BoardFixture.batch(), [BoardFixture.record("a")])
    #expect(removed.first?.reason == "the provider acme-ce was removed from the trusted providers; its batches are refused")
  }

  /// (a) The head: a first one is taken as it is; later ones must carry the event hashes from the last
  /// head seen to exactly their own.
  @Test func aHeadMustExtendTheLastOneSeen() throws {
    let (fixture, ledger) = try board()
    func batch(_ file: String, _ head: ChainHead, from: ChainHead?, _ hashes: [String]?) throws -> IncomingBatch {
      BoardFixture.batch(
        file: file, head: BatchHead(head: head, proof: try hashes.map { try HeadProof(from: from, eventHashes: $0) }))
    }
    let first = try batch("b1", BoardFixture.head(2), from: nil, nil)
    #expect(try ledger.importBatch(first, records: [BoardFixture.record("a")]) == .imported(batchID: 1, added: 1, unchanged: 0))
    #expect(try ledger.lastHead(ofProvider: "acme-ce") == BoardFixture.head(2))

    let extending = try batch("b2", BoardFixture.head(4), from: BoardFixture.head(2), Array(BoardFixture.eventHashes[2...]))
    #expect(try ledger.importBatch(extending, records: []) == .imported(batchID: 2, added: 0, unchanged: 0))
    #expect(try ledger.lastHead(ofProvider: "acme-ce") == BoardFixture.head(4))
    #expect(try fixture.sqlite("SELECT provider_id, sequence, batch_id FROM provider_heads ORDER BY id") == "1|2|1\n1|4|2\n")

    let forged = ChainHead(sequence: 5, link: BoardFixture.hash("forged"))
    let cases: [(IncomingBatch, String)] = [
      (
        try batch("x1", ChainHead(sequence: 4, link: BoardFixture.links[0]), from: nil, nil),
        "the batch's head 4:\(BoardFixture.links[0]) is not the head \(BoardFixture.head(4)) this board saw from acme-ce at "
          + "that event: the provider's history was rewritten"
      ),
      (
        try batch("x2", forged, from: nil, nil),
        "the batch carries no proof that its head \(forged) extends the head \(BoardFixture.head(4)) this board saw from acme-ce"
      ),
      (
        try batch("x3", forged, from: BoardFixture.head(2), [BoardFixture.eventHashes[2], BoardFixture.eventHashes[3], BoardFixture.hash("e5")]),
        "the batch's head proof starts at \(BoardFixture.head(2)), not at \(BoardFixture.head(4)), the last head this board saw "
          + "from acme-ce: import the provider's batches in the order they were exported, or ask for a batch whose proof "
          + "starts at \(BoardFixture.head(4))"
      ),
      (
        try batch("x4", forged, from: BoardFixture.head(4), [BoardFixture.hash("e5")]),
        "the event hashes after \(BoardFixture.head(4)) lead to 5:"
      ),
      (
        try batch("x5", ChainHead(sequence: 3, link: BoardFixture.links[2]), from: nil, nil),
        "the batch's head \(BoardFixture.head(3)) is older than the head \(BoardFixture.head(4)) this board already saw from acme-ce"
      ),
    ]
    for (incoming, reason) in cases {
      let refusals = try refused(fixture, ledger, incoming, [BoardFixture.record("new-\(incoming.digest)")])
      #expect(refusals.count == 1 && refusals[0].place == nil, "\(refusals)")
      #expect(refusals.first?.reason.hasPrefix(reason) == true, "\(refusals)")
    }
    // A head already seen needs no proof; new records under it are taken.
    let again = try batch("b3", BoardFixture.head(4), from: nil, nil)
    #expect(try ledger.importBatch(again, records: [BoardFixture.record("b", number: "100002")]) == .imported(batchID: 3, added: 1, unchanged: 0))
    #expect(try ledger.verify().isIntact)
  }

  @Test func aFirstHeadWhoseProofLeadsElsewhereIsRefused() throws {
    let (fixture, ledger) = try board()
    let proof = try HeadProof(from: nil, eventHashes: BoardFixture.eventHashes.prefix(2))
    let batch = BoardFixture.batch(head: BatchHead(head: BoardFixture.head(3), proof: proof))
    let refusals = try refused(fixture, ledger, batch, [])
    #expect(refusals.first?.reason == "the batch's head proof leads to \(BoardFixture.head(2)), not to its head \(BoardFixture.head(3))")
  }

  /// (b) Same identity, other content, not superseding: refused, with the batch's other records.
  @Test func aContradictingRecordRefusesTheWholeBatch() throws {
    let (fixture, ledger) = try board()
    let original = BoardFixture.record("original")
    _ = try ledger.importBatch(BoardFixture.batch(), records: [original])
    var contradicting = BoardFixture.record("changed")
    contradicting.approvalMinutes = 600
    contradicting = contradicting.rehashed
    let refusals = try refused(
      fixture, ledger, BoardFixture.batch(file: "b2"), [BoardFixture.record("fine", number: "100009"), contradicting])
    #expect(refusals.map(\.place) == [2])
    #expect(
      refusals.first?.reason
        == "it contradicts the record \(original.hash) imported earlier (certificate 7K3Q-M2XD-4HJH-0001, "
        + "tx-bon:RN:100001, ANCC A-ANCC-1, completion) with other content, and does not supersede it (replaces)")
    #expect(try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100009")).isEmpty)

    // The same content superseding the original is taken, and both stay.
    contradicting.replaces = original.hash
    contradicting = contradicting.rehashed
    #expect(try ledger.importBatch(BoardFixture.batch(file: "b3"), records: [contradicting]) == .imported(batchID: 2, added: 1, unchanged: 0))
    #expect(try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100001")).map(\.record.hash) == [original.hash, contradicting.hash])
    // A third version must supersede the current one, not the original again.
    let third = BoardFixture.record("third", replaces: original.hash)
    #expect(try refused(fixture, ledger, BoardFixture.batch(file: "b4"), [third]).first?.reason.hasPrefix("it contradicts the record \(contradicting.hash)") == true)
  }

  /// The ledger checks every record's hash against its fields, so a record whose hash is another
  /// record's (held, or not) is refused, whatever else it is, and nothing is written.
  @Test func aHashThatIsNotTheHashOfItsFieldsIsRefused() throws {
    let (fixture, ledger) = try board()
    let held = BoardFixture.record("a")
    #expect(try ledger.importBatch(BoardFixture.batch(), records: [held]) == .imported(batchID: 1, added: 1, unchanged: 0))
    var elsewhere = held
    elsewhere.licenseNumber = "100002"
    var unheld = BoardFixture.record("b")
    unheld.hash = BoardFixture.hash("b")
    let refusals = try refused(fixture, ledger, BoardFixture.batch(file: "b2"), [elsewhere, unheld])
    let reason = "its hash does not match its fields: the record was changed after it was written"
    #expect(refusals == [BatchRefusal(place: 1, reason: reason), BatchRefusal(place: 2, reason: reason)])
    #expect(try ledger.verify().isIntact)
  }

  @Test func aRecordPreparedForAnotherImportIsRefused() throws {
    let (_, ledger) = try board()
    var prepared: PreparedBoardRecord?
    _ = try ledger.importBatch(BoardFixture.batch()) { sink in
      guard case .ready(let record) = sink.preparation.prepare(BoardFixture.record("a")) else { return }
      prepared = record
      try sink.add(record, at: 1)
    }
    let record = try #require(prepared)
    let error = #expect(throws: LedgerError.self) {
      try ledger.importBatch(BoardFixture.batch(file: "b2")) { sink in try sink.add(record, at: 1) }
    }
    #expect(error?.code == .invalidValue)
    #expect(error?.message == "a record prepared for another batch import cannot be added to this one")
  }

  /// (c) A `replaces` naming a record the provider never sent.
  @Test func replacingAnUnknownRecordIsRefused() throws {
    let (fixture, ledger) = try board()
    let unknown = BoardFixture.hash("never sent")
    let refusals = try refused(fixture, ledger, BoardFixture.batch(), [BoardFixture.record("a", replaces: unknown)])
    #expect(
      refusals == [
        BatchRefusal(
          place: 1,
          reason: "it replaces the record \(unknown), which this provider's records do not hold (a record may only "
            + "replace one imported before it)")
      ])
  }

  /// A record is superseded once: two corrections of the same record would both count (a licensee's
  /// credit doubled), in one batch or across two. A correction of the correction is the way on.
  @Test func aRecordReplacedTwiceIsRefused() throws {
    let (fixture, ledger) = try board()
    let original = BoardFixture.record("a")
    let first = BoardFixture.record("b", certificate: "7K3Q-M2XD-4HJH-0002", replaces: original.hash)
    let second = BoardFixture.record("c", certificate: "7K3Q-M2XD-4HJH-0003", replaces: original.hash)
    let reason =
      "it replaces the record \(original.hash), which the record \(first.hash) already replaces (a record is "
      + "superseded once: a further correction or a revocation replaces the latest record)"
    #expect(try ledger.importBatch(BoardFixture.batch(), records: [original]) == .imported(batchID: 1, added: 1, unchanged: 0))
    #expect(try refused(fixture, ledger, BoardFixture.batch(file: "b2"), [first, second]) == [BatchRefusal(place: 2, reason: reason)])
    #expect(try ledger.importBatch(BoardFixture.batch(file: "b3"), records: [first]) == .imported(batchID: 2, added: 1, unchanged: 0))
    #expect(try refused(fixture, ledger, BoardFixture.batch(file: "b4"), [second]) == [BatchRefusal(place: 1, reason: reason)])
    // The same batch again changes nothing, and a correction of the correction is stored.
    #expect(try ledger.importBatch(BoardFixture.batch(file: "b3"), records: [first]) == .unchanged(records: 1))
    let third = BoardFixture.record("d", certificate: "7K3Q-M2XD-4HJH-0004", replaces: first.hash)
    #expect(try ledger.importBatch(BoardFixture.batch(file: "b5"), records: [third]) == .imported(batchID: 3, added: 1, unchanged: 0))
    #expect(try ledger.verify().isIntact)
  }

  /// A revocation names the record it revokes and repeats its credit: one for another license, certificate
  /// or approval is refused, in the same batch as the record or in a later one.
  @Test func aRevocationOfAnotherCreditIsRefused() throws {
    let (fixture, ledger) = try board()
    let original = BoardFixture.record("a")
    #expect(try ledger.importBatch(BoardFixture.batch(), records: [original]) == .imported(batchID: 1, added: 1, unchanged: 0))
    let credit = "certificate 7K3Q-M2XD-4HJH-0001 for tx-bon:RN:100001 under ANCC A-ANCC-1"
    let cases: [(BoardRecord, String)] = [
      (BoardFixture.record("r", number: "100002", kind: .revocation, replaces: original.hash, reason: "fraud"),
       "certificate 7K3Q-M2XD-4HJH-0001 for tx-bon:RN:100002 under ANCC A-ANCC-1"),
      (BoardFixture.record("r", certificate: "7K3Q-M2XD-4HJH-0002", kind: .revocation, replaces: original.hash, reason: "fraud"),
       "certificate 7K3Q-M2XD-4HJH-0002 for tx-bon:RN:100001 under ANCC A-ANCC-1"),
      (BoardFixture.record("r", approver: "AANP", kind: .revocation, replaces: original.hash, reason: "fraud"),
       "certificate 7K3Q-M2XD-4HJH-0001 for tx-bon:RN:100001 under AANP A-AANP-1"),
    ]
    for (index, (revocation, named)) in cases.enumerated() {
      let reason =
        "it revokes the record \(original.hash), which is \(credit), not \(named) as the revocation says (a revocation "
        + "repeats the credit it revokes)"
      #expect(
        try refused(fixture, ledger, BoardFixture.batch(file: "r\(index)"), [revocation])
          == [BatchRefusal(place: 1, reason: reason)])
    }
    let revocation = BoardFixture.record("r", kind: .revocation, replaces: original.hash, reason: "fraud")
    #expect(try ledger.importBatch(BoardFixture.batch(file: "ok"), records: [revocation]) == .imported(batchID: 2, added: 1, unchanged: 0))
    #expect(try ledger.importBatch(BoardFixture.batch(file: "ok"), records: [revocation]) == .unchanged(records: 1))
    // In the same batch as the record it names.
    let other = BoardFixture.record("b", number: "100005", certificate: "7K3Q-M2XD-4HJH-0005")
    let wrong = BoardFixture.record("w", number: "100006", certificate: "7K3Q-M2XD-4HJH-0005", kind: .revocation, replaces: other.hash, reason: "fraud")
    let reason =
      "it revokes the record \(other.hash), which is certificate 7K3Q-M2XD-4HJH-0005 for tx-bon:RN:100005 under ANCC "
      + "A-ANCC-1, not certificate 7K3Q-M2XD-4HJH-0005 for tx-bon:RN:100006 under ANCC A-ANCC-1 as the revocation says "
      + "(a revocation repeats the credit it revokes)"
    #expect(try refused(fixture, ledger, BoardFixture.batch(file: "same"), [other, wrong]) == [BatchRefusal(place: 2, reason: reason)])
    #expect(try ledger.verify().isIntact)
  }

  @Test func malformedRecordsAndTheCallersRefusalsAreListed() throws {
    let (fixture, ledger) = try board()
    var badHash = BoardFixture.record("a")
    badHash.hash = "ABC"
    let revocationWithoutTarget = BoardFixture.record("r", kind: .revocation, reason: "wrong learner")
    var unsortedTopics = BoardFixture.record("t", topics: ["zeta", "alpha"])
    unsortedTopics.licenseType = "RN"
    let before = try fixture.eventCount()
    let result = try ledger.importBatch(BoardFixture.batch()) { sink in
      try sink.add(badHash, at: 3)
      try sink.add(revocationWithoutTarget, at: 5)
      try sink.add(unsortedTopics, at: 8)
      try sink.add(BoardFixture.record("fine"), at: 9)
      sink.refuse(at: 10, "its signature does not verify")
    }
    #expect(
      result
        == .refused(
          [
            BatchRefusal(place: 3, reason: "its hash 'ABC' is not 64 lowercase hex digits"),
            BatchRefusal(place: 5, reason: "a revocation must name the record it revokes (replaces)"),
            BatchRefusal(place: 8, reason: "its topics are not sorted, or list a topic twice"),
            BatchRefusal(place: 10, reason: "its signature does not verify"),
          ], total: 4))
    #expect(try fixture.eventCount() == before)
  }

  @Test func theCallersOwnErrorComesBackUnchanged() throws {
    struct ParseFailure: Error {}
    let (fixture, ledger) = try board()
    let before = try fixture.eventCount()
    #expect(throws: ParseFailure.self) {
      _ = try ledger.importBatch(BoardFixture.batch()) { sink in
        try sink.add(BoardFixture.record("a"), at: 1)
        throw ParseFailure()
      }
    }
    #expect(try fixture.eventCount() == before)
  }

  /// Compliance reads current completions only: a superseded or revoked record is gone from the scan,
  /// though both stay in the ledger.
  @Test func theScanMergesTheRosterWithCurrentRecordsOnly() throws {
    let (_, ledger) = try board()
    _ = try ledger.importRoster { roster in
      for number in ["100001", "100002", "100003"] { _ = try roster.put(BoardFixture.rostered(number)) }
      _ = try roster.put(BoardFixture.rostered("300001", type: "LVN"))
    }
    let kept = BoardFixture.record("kept", on: "2026-05-01")
    let early = BoardFixture.record("early", certificate: "7K3Q-M2XD-4HJH-0009", on: "2025-03-01")
    let replaced = BoardFixture.record("replaced", number: "100002")
    let correction = BoardFixture.record("correction", number: "100002", minutes: 90, replaces: replaced.hash)
    let revoked = BoardFixture.record("revoked", number: "100003", certificate: "7K3Q-M2XD-4HJH-0003")
    let revocation = BoardFixture.record(
      "revocation", number: "100003", certificate: "7K3Q-M2XD-4HJH-0003", kind: .revocation, replaces: revoked.hash,
      reason: "issued in error")
    let stranger = BoardFixture.record("stranger", number: "999999")
    let lvnStranger = BoardFixture.record("lvn", number: "000001", type: "LVN")
    let all = [kept, early, replaced, correction, revoked, revocation, stranger, lvnStranger]
    #expect(try ledger.importBatch(BoardFixture.batch(), records: all) == .imported(batchID: 1, added: 8, unchanged: 0))

    var seen: [(String, [String])] = []
    try ledger.forEachRosterLicense(board: "tx-bon") { license, records in
      seen.append((license.profile.key, records.map(\.record.hash)))
    }
    // LVN sorts before RN; each license's records oldest first.
    #expect(seen.map(\.0) == ["tx-bon:LVN:300001", "tx-bon:RN:100001", "tx-bon:RN:100002", "tx-bon:RN:100003"])
    #expect(seen.map(\.1) == [[], [early.hash, kept.hash], [correction.hash], []])
    var off: [String] = []
    try ledger.forEachRecordOffRoster(board: "tx-bon") { off.append($0.record.hash) }
    #expect(off == [lvnStranger.hash, stranger.hash])
    #expect(try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100003")).count == 2)
    #expect(try ledger.verify().isIntact)
  }
}
