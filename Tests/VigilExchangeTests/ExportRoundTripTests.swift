import Crypto
import Foundation
import Testing
import VigilBase
import VigilCredentials
import VigilExchange
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Export a provider's records in each format and read them back with the board-side readers: the same
/// records, hashes that match their fields, and a detached signature that verifies over the file.
struct ExportRoundTripTests {
  static let names = ["José Núñez", "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1+1)", "Łukasz, \"Ł\" Wróbel"]

  static func provider() throws -> ProviderFixture {
    let fixture = try ProviderFixture()
    for (index, name) in names.enumerated() {
      try fixture.pass(name, licenses: [ProviderFixture.texas("RN\(1000 + index)")])
    }
    return fixture
  }

  static func readAll(_ source: RecordSource) throws -> [ReadRecord] {
    var records: [ReadRecord] = []
    while let record = try source.nextRecord() { records.append(record) }
    return records
  }

  @Test(arguments: [ExportFormat.xml, .jsonl])
  func recordsComeBackAsTheyWereWritten(format: ExportFormat) throws {
    let fixture = try Self.provider()
    let path = fixture.directory.appending("batch.\(format.rawValue)")
    let summary = try RecordExporter(board: fixture.texasBoard, format: format)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_000)
    #expect(summary.records == Self.names.count)
    let source: RecordSource = format == .xml ? try XMLBatchReader(path: path) : try JSONLinesReader(path: path)
    let read = try Self.readAll(source)
    #expect(read.map(\.record.learnerName) == Self.names)
    for item in read {
      #expect(try item.record.hash == item.claimedHash, "\(item.position)")
      #expect(item.record.approvalMinutes == 6)
      #expect(item.record.awardedHundredths == 10, "6 minutes are 0.1 hour in Texas's 60-minute hours")
      #expect(item.record.completedOn == CalendarDate(year: 2027, month: 1, day: 31))
      #expect(item.record.board == "tx-bon" && item.record.kind == .completion)
    }
    if format == .xml {
      let header = try #require(source.header)
      #expect(header.board == "tx-bon")
      #expect(header.keyID == fixture.key.keyID)
      #expect(header.head == summary.head)
      #expect(header.since == nil && header.proof == nil, "the first batch to a board proves nothing")
    }
  }

  @Test func theDetachedSignatureCoversTheExactBytes() throws {
    let fixture = try Self.provider()
    let path = fixture.directory.appending("batch.xml")
    let summary = try RecordExporter(board: fixture.texasBoard, format: .xml)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_000)
    let token = try String(contentsOfFile: try #require(summary.signaturePath), encoding: .utf8)
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let keys = JWKSet(keys: [fixture.key.publicJWK])
    func verify(_ bytes: [UInt8]) throws {
      var verifier = try DetachedJWSVerifier(token: token, keys: keys, expectedType: RecordExporter.signatureType)
      bytes.withUnsafeBytes { verifier.update($0) }
      try verifier.verify()
    }
    try verify(bytes)
    #expect(summary.digest == SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined())
    bytes[bytes.count / 2] ^= 0x01
    #expect(throws: SigningError.self) { try verify(bytes) }
  }

  @Test func aSecondXMLBatchProvesItExtendsTheFirst() throws {
    let fixture = try Self.provider()
    let first = try RecordExporter(board: fixture.texasBoard, format: .xml)
      .export(from: fixture.ledger, key: fixture.key, to: fixture.directory.appending("1.xml"), now: 1_801_500_000)
    try fixture.pass("Ana Díaz", licenses: [ProviderFixture.texas("RN2000")])
    let path = fixture.directory.appending("2.xml")
    let second = try RecordExporter(board: fixture.texasBoard, format: .xml)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_100)
    let header = try #require(try XMLBatchReader(path: path).header)
    let firstHead = try #require(first.head)
    #expect(header.since == firstHead)
    #expect(header.proof?.reached == second.head, "the reader folds the proof it streams")
    // Fold the proof's hashes, taken from the file's text, into the first head's link: it must give
    // the second head's link, one hash per event since.
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let hashes = text.split(separator: "\n").compactMap { line -> String? in
      let line = line.trimmingCharacters(in: .whitespaces)
      guard line.hasPrefix("<event>"), line.hasSuffix("</event>") else { return nil }
      return String(line.dropFirst(7).dropLast(8))
    }
    var link = firstHead.link
    for hash in hashes {
      link = SHA256.hash(data: Self.raw(link) + Self.raw(hash)).map { String(format: "%02x", $0) }.joined()
    }
    #expect(link == second.head?.link)
    #expect(hashes.count == Int(try #require(second.head).sequence - firstHead.sequence))
    #expect(try fixture.ledger.exports(board: "tx-bon").count == 2)
  }

  @Test func exportingTheSameBytesAgainRecordsNothingNew() throws {
    let fixture = try Self.provider()
    let exporter = try RecordExporter(board: fixture.texasBoard, format: .csv)
    let path = fixture.directory.appending("b.csv")
    #expect(try exporter.export(from: fixture.ledger, key: fixture.key, to: path, now: 1).recorded)
    #expect(try !exporter.export(from: fixture.ledger, key: fixture.key, to: path, now: 2).recorded)
    #expect(try fixture.ledger.verify().isIntact)
  }

  @Test func sampleCreditIsNeverExported() throws {
    let fixture = try ProviderFixture()
    try fixture.pass("Real Credit", licenses: [ProviderFixture.texas("RN1")])
    try fixture.pass("Sample Only", licenses: [ProviderFixture.texas("RN2")], sample: true)
    let path = fixture.directory.appending("b.jsonl")
    _ = try RecordExporter(board: fixture.texasBoard, format: .jsonl)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1)
    #expect(try Self.readAll(try JSONLinesReader(path: path)).map(\.record.learnerName) == ["Real Credit"])
  }

  @Test func aRevokedCertificateTravelsAsARevocationNamingItsRecord() throws {
    let fixture = try Self.provider()
    let number = try #require(try fixture.ledger.certificates().first?.number)
    try fixture.ledger.revokeCertificate(number: number, reason: "regraded: the attempt failed")
    let path = fixture.directory.appending("b.jsonl")
    let summary = try RecordExporter(board: fixture.texasBoard, format: .jsonl)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1)
    #expect(summary.revocations == 1 && summary.records == Self.names.count + 1)
    let read = try Self.readAll(try JSONLinesReader(path: path))
    #expect(read[1].record.kind == .revocation)
    #expect(read[1].record.replaces == read[0].claimedHash)
    #expect(read[1].record.reason == "regraded: the attempt failed")
  }

  @Test func datesOutOfOrderAreRefused() throws {
    let fixture = try ProviderFixture()
    #expect(throws: ExchangeError(.usage, "--from 2027-02-01 is after --to 2027-01-01; give the earlier day first")) {
      try RecordExporter(
        board: fixture.texasBoard, format: .csv, from: CalendarDate(year: 2027, month: 2, day: 1),
        through: CalendarDate(year: 2027, month: 1, day: 1))
    }
  }

  static func raw(_ hex: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      bytes.append(UInt8(hex[index..<next], radix: 16)!)
      index = next
    }
    return bytes
  }
}

/// A certificate re-issued after a corrected name travels as the new edition's record naming the
/// record of the one it supersedes, and the board counts only the new one.
struct SupersededExportTests {
  @Test func aCorrectedNameTravelsAsARecordThatReplacesTheOldOne() throws {
    let fixture = try ProviderFixture()
    let completion = try fixture.pass("Jose Nunez", licenses: [ProviderFixture.texas("RN1")])
    let old = try #require(try fixture.ledger.certificates(completionID: completion.id).first?.number)
    try fixture.ledger.updateLearner(id: completion.learnerID, name: "José Núñez")
    let reissue = try fixture.ledger.reissueCertificate(number: old, reissuer: CredentialReissuer(key: fixture.key))
    let path = try BatchImporterTests.export(fixture, .jsonl, "b.jsonl")
    let read = try ExportRoundTripTests.readAll(try JSONLinesReader(path: path))
    #expect(read.map(\.record.certificate) == [old, reissue.number])
    #expect(read.map(\.record.learnerName) == ["Jose Nunez", "José Núñez"])
    #expect(read[1].record.replaces == read[0].claimedHash)
    #expect(read.allSatisfy { $0.record.kind == .completion })

    let board = try BatchImporterTests.boardLedger(trusting: fixture.key, in: fixture.directory)
    let result = try BatchImporterTests.importer(fixture, .jsonl).importBatch(at: path, into: board)
    guard case .imported(_, 2, 0) = result else { Issue.record("\(result)"); return }
    var current: [String] = []
    try board.forEachRosterLicense(board: "tx-bon") { _, records in current += records.map(\.record.certificate) }
    try board.forEachRecordOffRoster(board: "tx-bon") { current.append($0.record.certificate) }
    #expect(current == [reissue.number], "only the new edition counts")
  }

  /// In an xAPI export the old edition's statements are voided, each by a `voided` statement naming it,
  /// before the new edition's statements, and the whole file passes the strict validator.
  @Test func aCorrectedNameVoidsTheOldEditionsStatementsInXAPI() throws {
    let fixture = try ProviderFixture()
    let completion = try fixture.pass("Jose Nunez", licenses: [ProviderFixture.texas("RN1")])
    let old = try #require(try fixture.ledger.certificates(completionID: completion.id).first?.number)
    try fixture.ledger.updateLearner(id: completion.learnerID, name: "José Núñez")
    _ = try fixture.ledger.reissueCertificate(number: old, reissuer: CredentialReissuer(key: fixture.key))
    let path = try BatchImporterTests.export(fixture, .xapi, "b.xapi.jsonl")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let statements = try bytes.split(separator: 0x0A).map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
    }
    let verbs = statements.map { (($0["verb"] as? [String: Any])?["id"] as? String)?.split(separator: "/").last ?? "" }
    #expect(verbs == ["completed", "passed", "voided", "voided", "completed", "passed"])
    let voidedIDs = statements[2...3].map { ($0["object"] as? [String: Any])?["id"] as? String }
    #expect(voidedIDs == statements[0...1].map { $0["id"] as? String })
    #expect(statements[4...5].allSatisfy { !voidedIDs.contains($0["id"] as? String) })
    #expect(XAPIStatementValidator().violations(ofLines: bytes).isEmpty, "\(XAPIStatementValidator().violations(ofLines: bytes))")
  }
}
