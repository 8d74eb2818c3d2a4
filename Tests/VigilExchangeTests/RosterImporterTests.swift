import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger
import VigilTestSupport

/// `RosterImporter`: a board's roster CSV checked row by row against the real board files, imported
/// whole or not at all.
@Suite struct RosterImporterTests {
  private static let importer = RosterImporter(boards: try! BoardReader().read(folderAt: Repository.path("Boards")).boards)
  private static let header = "board,license_type,license_number,holder_name,expires,issued,attributes\r\n"

  private func ledger(_ folder: TemporaryDirectory) throws -> Ledger {
    try Ledger(path: folder.appending("ledger.sqlite"), mode: .createForBoard, clock: { 1_780_000_000 })
  }

  @Test func importsThenUpdatesWhatChanged() throws {
    let folder = TemporaryDirectory()
    let ledger = try ledger(folder)
    // Columns in another order, a byte order mark, quoted names, attributes separated by ';'.
    let first = folder.write(
      "roster.csv",
      "\u{FEFF}expires,holder_name,license_number,license_type,board,attributes\r\n"
        + "2027-01-31,\"Example, Ana\",100001,RN,tx-bon,direct-patient-care; emergency-room\r\n"
        + "2026-06-30,Ben Example,200001,lvn,TX-BON,\r\n")
    #expect(try Self.importer.importRoster(at: first, into: ledger) == RosterImportSummary(added: 2))
    let ana = try #require(try ledger.rosterLicense(LicenseKey(parsing: "tx-bon:RN:100001")))
    #expect(ana.holderName == "Example, Ana")
    #expect(ana.profile.attributes == ["direct-patient-care", "emergency-room"] && ana.profile.issued == nil)
    #expect(try ledger.rosterLicense(LicenseKey(parsing: "tx-bon:LVN:200001"))?.profile.expires.description == "2026-06-30")

    let second = folder.write(
      "roster-2.csv",
      Self.header + "tx-bon,RN,100001,\"Example, Ana\",2027-01-31,,direct-patient-care;emergency-room\r\n"
        + "tx-bon,LVN,200001,Ben Example,2028-06-30,2020-07-01,\r\n" + "tx-bon,APRN,300001,Cy Example,2027-01-31,,\r\n")
    #expect(try Self.importer.importRoster(at: second, into: ledger) == RosterImportSummary(added: 1, updated: 1, unchanged: 1))
    #expect(try ledger.verify().isIntact)
  }

  /// Each file is a good row and then a bad one: the error names the bad line and its reason, and
  /// nothing of the file is imported.
  @Test(arguments: [
    ("tx-bon,RN,100002,Bo Example,2027-02-30,,", "roster.csv line 3: the expires date '2027-02-30' is not a date; write it YYYY-MM-DD, e.g. 2027-01-31"),
    ("tx-bon,RN,100002,Bo Example,2027-01-31,01/02/2020,", "roster.csv line 3: the issued date '01/02/2020' is not a date; write it YYYY-MM-DD, e.g. 2027-01-31"),
    ("xx-bon,RN,100002,Bo Example,2027-01-31,,", "roster.csv line 3: there is no board 'xx-bon' in the board files (they hold fl-bon, mi-nursing, ms-bon, tx-bon, tx-tmb)"),
    ("tx-bon,MD,100002,Bo Example,2027-01-31,,", "roster.csv line 3: board tx-bon does not issue 'MD' licenses; its license types are RN, LVN, APRN"),
    ("tx-bon,RN,100002,Bo Example,2027-01-31,,direct-care", "roster.csv line 3: board tx-bon has no practice attribute 'direct-care'; the attributes its rules read are"),
    ("tx-bon,RN,100001,Ana Again,2027-01-31,,", "roster.csv line 3: license tx-bon:RN:100001 is given twice in the file"),
    ("tx-bon,RN,100002,Bo Example,2027-01-31,2028-01-01,", "roster.csv line 3: license tx-bon:RN:100002 is issued on 2028-01-01, after it expires on 2027-01-31"),
    ("tx-bon,RN,10 02,Bo Example,2027-01-31,,", "roster.csv line 3: license number '10 02' is not valid"),
    ("tx-bon,RN,100002,,2027-01-31,,", "roster.csv line 3: the holder name is empty"),
    ("tx-bon,RN,100002,Bo Example,2027-01-31", "roster.csv line 3: the record has 5 fields, the header 7; quote a field that holds a comma"),
    ("tx-bon,RN,100002,\"Bo Example,2027-01-31,,", "roster.csv line 3: the quoted field that starts here is never closed"),
    ("tx-bon,RN,100002,Bo " + String(repeating: "o", count: 4100) + ",2027-01-31,,", "roster.csv line 3: a field is longer than 1024 bytes"),
  ])
  func aBadLastRowImportsNothing(row: String, message: String) throws {
    let folder = TemporaryDirectory()
    let ledger = try ledger(folder)
    let path = folder.write("roster.csv", Self.header + "tx-bon,RN,100001,Ana Example,2027-01-31,,\r\n" + row + "\r\n")
    let error = #expect(throws: ExchangeError.self) { try Self.importer.importRoster(at: path, into: ledger) }
    #expect(error?.isRefusal == true)
    #expect(error?.message.hasPrefix(folder.path + "/" + message) == true, "\(error?.message ?? "")")
    #expect(error?.message.hasSuffix("; nothing was imported") == true)
    #expect(try ledger.rosterCount(board: "tx-bon") == 0)
  }

  @Test func aLineOverTheLimitAndBadUTF8AreRefused() throws {
    let folder = TemporaryDirectory()
    let ledger = try ledger(folder)
    let long = (1...5).map { _ in String(repeating: "n", count: 1000) }.joined(separator: ",")
    for (bytes, message) in [
      (Array((Self.header + long + "\r\n").utf8), "line 2: the record is longer than 4096 bytes"),
      (Array((Self.header + "tx-bon,RN,1,Ana ").utf8) + [0xC3, 0x28] + Array(",2027-01-31,,\r\n".utf8), "line 2: field 4 is not valid UTF-8"),
    ] {
      let path = folder.write("roster.csv", bytes: bytes)
      let error = #expect(throws: ExchangeError.self) { try Self.importer.importRoster(at: path, into: ledger) }
      #expect(error?.message.hasPrefix(path + " " + message) == true, "\(error?.message ?? "")")
    }
    #expect(try ledger.rosterCount(board: "tx-bon") == 0)
  }

  @Test(arguments: [
    ("", "is empty; its first line must name the columns"),
    ("board,license_type,license_number,holder_name\r\n", "line 1: the column expires is missing"),
    ("board,license_type,license_number,holder_name,expires,expiry\r\n", "line 1: 'expiry' is not a column Vigil reads here"),
    ("board,board,license_type,license_number,holder_name,expires\r\n", "line 1: the column board is named twice"),
  ])
  func aBadHeaderIsRefused(header: String, message: String) throws {
    let folder = TemporaryDirectory()
    let path = folder.write("roster.csv", header)
    let error = #expect(throws: ExchangeError.self) { try Self.importer.importRoster(at: path, into: try ledger(folder)) }
    #expect(error?.code == .malformed)
    #expect(error?.message.hasPrefix(path + " " + message) == true, "\(error?.message ?? "")")
  }

  @Test func anOversizedFileIsRefusedWithoutBeingRead() throws {
    let folder = TemporaryDirectory()
    let path = folder.write("roster.csv", Self.header)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: UInt64(256 << 20) + 1)  // a sparse file: nothing is written
    try handle.close()
    let error = #expect(throws: ExchangeError.self) { try Self.importer.importRoster(at: path, into: try ledger(folder)) }
    #expect(error?.code == .tooLarge)
    #expect(error?.message == "\(path) is 268435457 bytes, more than the 268435456 Vigil reads; nothing was imported")
  }
}
