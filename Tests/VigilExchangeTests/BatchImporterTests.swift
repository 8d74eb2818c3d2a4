import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger
import VigilSigning
import VigilTestSupport

/// `BatchImporter` against batches the provider fixture exports and against batches crafted and signed
/// with the provider's key: each refusal names the record and the reason, and nothing is imported.
struct BatchImporterTests {
  /// A board home trusting the fixture's provider key under the name `vigil-ce`.
  static func boardLedger(trusting key: SigningKey, in directory: TemporaryDirectory) throws -> Ledger {
    let ledger = try Ledger(path: directory.appending("board.sqlite"), mode: .createForBoard, clock: { 1_801_600_000 })
    _ = try ledger.trustProvider(name: "vigil-ce", keys: JWKSet(keys: [key.publicJWK]))
    return ledger
  }

  static let today = CalendarDate(year: 2027, month: 3, day: 1)

  static func importer(_ fixture: ProviderFixture, _ format: ExportFormat, unsigned: String? = nil) throws -> BatchImporter {
    try BatchImporter(board: fixture.texasBoard, format: format, unsignedProvider: unsigned, today: today)
  }

  /// Exports the fixture's records for Texas as `format` to `name`.
  @discardableResult
  static func export(_ fixture: ProviderFixture, _ format: ExportFormat, _ name: String) throws -> String {
    let path = fixture.directory.appending(name)
    _ = try RecordExporter(board: fixture.texasBoard, format: format)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_000)
    return path
  }

  /// Writes `bytes` to `name` with a detached signature by `key`.
  static func signed(_ bytes: [UInt8], _ name: String, key: SigningKey, in fixture: ProviderFixture) throws -> String {
    let path = fixture.directory.appending(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var signer = try DetachedJWSSigner(key: key, type: RecordExporter.signatureType)
    bytes.withUnsafeBytes { signer.update($0) }
    try Data((try signer.finish() + "\n").utf8).write(to: URL(fileURLWithPath: path + ".jws"))
    return path
  }

  static func lines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test(arguments: [ExportFormat.xml, .csv, .jsonl])
  func aBatchImportsOnceAndThenChangesNothing(format: ExportFormat) throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = try Self.export(fixture, format, "b.\(format.rawValue)")
    let first = try Self.importer(fixture, format).importBatch(at: path, into: board)
    guard case .imported(_, let added, 0) = first else { Issue.record("\(first)"); return }
    #expect(added == ExportRoundTripTests.names.count)
    let head = try board.head()
    #expect(try Self.importer(fixture, format).importBatch(at: path, into: board) == .unchanged(records: added))
    #expect(try board.head() == head, "nothing was written")
    let stored = try board.boardRecords(for: try LicenseKey(parsing: "tx-bon:RN:RN1001"))
    #expect(stored.map(\.record.learnerName) == [ExportRoundTripTests.names[1]], "the formula name came back exactly")
    #expect(stored.allSatisfy { $0.isVerified })
    #expect(try board.verify().isIntact)
  }

  @Test func everyChangedByteOfASignedBatchIsRefusedAndNothingImported() throws {
    let fixture = try ProviderFixture()
    try fixture.pass("Ana Díaz", licenses: [ProviderFixture.texas("RN1")])
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = try Self.export(fixture, .xml, "b.xml")
    let original = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let head = try board.head()
    // Every 7th byte (a batch of one record is about 2 KB), each flipped in one bit.
    for index in stride(from: 0, to: original.count, by: 7) {
      var changed = original
      changed[index] ^= 0x20
      try Data(changed).write(to: URL(fileURLWithPath: path))
      #expect(throws: ExchangeError.self, "byte \(index)") {
        try Self.importer(fixture, .xml).importBatch(at: path, into: board)
      }
    }
    #expect(try board.head() == head, "no change imported anything")
  }

  @Test func aRemovedOrReorderedRecordBreaksTheSignature() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = try Self.export(fixture, .jsonl, "b.jsonl")
    let lines = try Self.lines(path)
    for change in ["removed", "reordered"] {
      var edited = lines
      if change == "removed" { edited.remove(at: 1) } else { edited.swapAt(0, 2) }
      try (edited.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
      let error = #expect(throws: ExchangeError.self) { try Self.importer(fixture, .jsonl).importBatch(at: path, into: board) }
      #expect(error?.code == .untrusted, "\(change): \(error?.message ?? "")")
      #expect(error?.message.contains("changed after it was signed") == true)
    }
    #expect(try board.boardRecords(for: try LicenseKey(parsing: "tx-bon:RN:RN1000")).isEmpty)
  }

  /// A provider that rotated its key stays one provider: its records sent again, signed with the new
  /// key, are the records the board holds, not new ones (which would count twice in compliance).
  @Test(arguments: [ExportFormat.xml, .csv])
  func aRotatedKeySignsForTheSameProvider(format: ExportFormat) throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = try Self.export(fixture, format, "b.\(format.rawValue)")
    guard case .imported(_, let added, 0) = try Self.importer(fixture, format).importBatch(at: path, into: board) else {
      Issue.record("the first batch did not import")
      return
    }
    let rotated = SigningKey.generate()
    let outcome = try board.trustProvider(name: "vigil-ce", keys: JWKSet(keys: [rotated.publicJWK, fixture.key.publicJWK]))
    #expect(outcome.change == .keysAdded([rotated.keyID]))
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let resigned = try Self.signed(bytes, "again.\(format.rawValue)", key: rotated, in: fixture)
    #expect(try Self.importer(fixture, format).importBatch(at: resigned, into: board) == .unchanged(records: added))
    #expect(try board.verify().isIntact)
  }

  @Test func aBatchSignedByAnUntrustedKeyIsRefused() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: SigningKey.generate(), in: fixture.directory)
    let path = try Self.export(fixture, .csv, "b.csv")
    let error = #expect(throws: ExchangeError.self) { try Self.importer(fixture, .csv).importBatch(at: path, into: board) }
    #expect(error?.code == .untrusted)
    #expect(error?.message.contains("no trusted provider holds") == true, "\(error?.message ?? "")")
  }

  @Test func aBatchWithoutItsSignatureNeedsUnsigned() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = try Self.export(fixture, .jsonl, "b.jsonl")
    try FileManager.default.removeItem(atPath: path + ".jws")
    let error = #expect(throws: ExchangeError.self) { try Self.importer(fixture, .jsonl).importBatch(at: path, into: board) }
    #expect(error?.message.contains("--unsigned") == true)
    let result = try Self.importer(fixture, .jsonl, unsigned: "vigil-ce").importBatch(at: path, into: board)
    guard case .imported(_, let added, _) = result else { Issue.record("\(result)"); return }
    #expect(added == ExportRoundTripTests.names.count)
    #expect(try board.boardRecords(for: try LicenseKey(parsing: "tx-bon:RN:RN1000")).allSatisfy { !$0.isVerified })
    #expect(throws: ExchangeError.self, "an XML batch is never unsigned") { try Self.importer(fixture, .xml, unsigned: "vigil-ce") }
  }

  /// A signed JSON Lines batch whose records are the fixture's, with `edit` applied to the line at `index`.
  static func crafted(
    _ fixture: ProviderFixture, _ name: String, index: Int, _ edit: (inout [String: Any]) -> Void
  ) throws -> String {
    var lines = try Self.lines(try Self.export(fixture, .jsonl, "source-" + name))
    var object = try #require(try JSONSerialization.jsonObject(with: Data(lines[index].utf8)) as? [String: Any])
    edit(&object)
    lines[index] = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    return try signed(Array((lines.joined(separator: "\n") + "\n").utf8), name, key: fixture.key, in: fixture)
  }

  /// Re-hashes a record object after editing its fields, as a provider that means the change would.
  static func rehash(_ object: inout [String: Any]) throws {
    object.removeValue(forKey: "hash")
    let read = try JSONLinesReaderProbe.record(from: object)
    object["hash"] = try read.hash
  }

  @Test(arguments: [
    ("a changed field without a new hash", "its hash does not match its fields"),
    ("hours the board's rules do not give", "but tx-bon's rules give 0.1 h for 6 minutes"),
    ("a record for another board", "it is for board 'fl-bon', not tx-bon"),
    ("a day still to come", "a day still to come"),
  ])
  func aBadLastRecordRefusesTheWholeBatchAndIsNamed(case name: String, reason: String) throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    let last = ExportRoundTripTests.names.count - 1
    let path = try Self.crafted(fixture, "bad.jsonl", index: last) { object in
      switch name {
      case "a changed field without a new hash": object["learnerName"] = "Someone Else"
      case "hours the board's rules do not give":
        object["awardedHours"] = 1
        try? Self.rehash(&object)
      case "a record for another board":
        object["board"] = "fl-bon"
        try? Self.rehash(&object)
      default:
        object["completedOn"] = "2027-12-31"
        try? Self.rehash(&object)
      }
    }
    let result = try Self.importer(fixture, .jsonl).importBatch(at: path, into: board)
    guard case .refused(let refusals, let total) = result else { Issue.record("\(result)"); return }
    #expect(total == 1)
    #expect(refusals.first?.place == last + 1)
    #expect(refusals.first?.position == "line \(last + 1)")
    #expect(refusals.first?.description.hasPrefix("record \(last + 1) (line \(last + 1)): ") == true)
    #expect(refusals.first?.reason.contains(reason) == true, "\(refusals.first?.reason ?? "")")
    #expect(try board.boardRecords(for: try LicenseKey(parsing: "tx-bon:RN:RN1000")).isEmpty, "nothing imported")
  }

  @Test func aRecordThatContradictsAnEarlierImportIsRefused() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    _ = try Self.importer(fixture, .jsonl).importBatch(at: try Self.export(fixture, .jsonl, "first.jsonl"), into: board)
    let path = try Self.crafted(fixture, "second.jsonl", index: 0) { object in
      object["learnerName"] = "José Núñez-Ortiz"
      try? Self.rehash(&object)
    }
    let result = try Self.importer(fixture, .jsonl).importBatch(at: path, into: board)
    guard case .refused(let refusals, _) = result else { Issue.record("\(result)"); return }
    #expect(refusals.first?.reason.contains("contradicts the record") == true, "\(refusals)")
    #expect(refusals.first?.position == "line 1", "the ledger's refusal names the line too")
  }

  @Test func aRevocationSupersedesTheRecordItNamesAndBothStay() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    _ = try Self.importer(fixture, .xml).importBatch(at: try Self.export(fixture, .xml, "1.xml"), into: board)
    let number = try #require(try fixture.ledger.certificates().first?.number)
    try fixture.ledger.revokeCertificate(number: number, reason: "regraded: failed")
    let result = try Self.importer(fixture, .xml).importBatch(at: try Self.export(fixture, .xml, "2.xml"), into: board)
    guard case .imported(_, 1, let unchanged) = result else { Issue.record("\(result)"); return }
    #expect(unchanged == ExportRoundTripTests.names.count)
    let stored = try board.boardRecords(for: try LicenseKey(parsing: "tx-bon:RN:RN1000"))
    #expect(stored.map(\.record.kind) == [.completion, .revocation])
  }

  @Test func aLongProofStreamsThroughTheExportAndTheImport() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    _ = try Self.importer(fixture, .xml).importBatch(at: try Self.export(fixture, .xml, "1.xml"), into: board)
    // 1,200 events since the first batch (each a batch sent elsewhere): a proof of about 100 KB, more
    // than the 64 KiB the exporter writes at a time.
    for index in 0..<1_200 {
      let receipt = ExportReceipt(
        board: "ca-brn", format: "csv", from: nil, through: nil, head: ChainHead(sequence: 1, link: String(repeating: "0", count: 64)), records: 0,
        digest: String(format: "%064x", index), exportedAt: 1_801_500_000)
      try fixture.ledger.recordExport(receipt)
    }
    try fixture.pass("Ana Díaz", licenses: [ProviderFixture.texas("RN2000")])
    let path = try Self.export(fixture, .xml, "2.xml")
    let proofLines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { $0.contains("<event>") }
    #expect(proofLines.count > 1_200)
    let result = try Self.importer(fixture, .xml).importBatch(at: path, into: board)
    guard case .imported(_, let added, _) = result else { Issue.record("\(result)"); return }
    #expect(added == 1, "only Ana Díaz's record is new")
  }

  @Test func aProviderWhoseHistoryWasRewrittenIsRefused() throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try Self.boardLedger(trusting: fixture.key, in: fixture.directory)
    _ = try Self.importer(fixture, .xml).importBatch(at: try Self.export(fixture, .xml, "1.xml"), into: board)
    // Another ledger under the same key: the same provider with its history rewritten.
    let rewritten = try ProviderFixture(key: fixture.key)
    try rewritten.pass("Ana Díaz", licenses: [ProviderFixture.texas("RN9")])
    let path = try Self.export(rewritten, .xml, "forged.xml")
    let result = try BatchImporter(board: rewritten.texasBoard, format: .xml, today: Self.today).importBatch(at: path, into: board)
    guard case .refused(let refusals, _) = result else { Issue.record("\(result)"); return }
    #expect(refusals.first?.reason.contains("head") == true, "\(refusals)")
  }
}

/// Reads one record object back through the JSON Lines reader, to recompute its hash as Vigil does.
enum JSONLinesReaderProbe {
  static func record(from object: [String: Any]) throws -> CompletionRecord {
    let directory = TemporaryDirectory()
    var withHash = object
    withHash["hash"] = String(repeating: "0", count: 64)
    let data = try JSONSerialization.data(withJSONObject: withHash, options: [.sortedKeys])
    try data.write(to: URL(fileURLWithPath: directory.appending("one.jsonl")))
    return try #require(try JSONLinesReader(path: directory.appending("one.jsonl")).nextRecord()).record
  }
}
