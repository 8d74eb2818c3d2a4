import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// Opening ledgers: migrations from an empty file, the connection's settings, and files that are not ledgers.
@Suite struct SchemaTests {
  @Test func migratesAnEmptyFileToTheWholeSchema() throws {
    let fixture = LedgerFixture()
    _ = try fixture.open()
    let tables = try fixture.sqlite("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    #expect(
      tables.split(separator: "\n") == [
        "attempts", "board_records", "certificates", "checkpoints", "completions", "credits", "events", "grdb_migrations",
        "imported_batches", "learners", "ledger", "licenses", "provider_heads", "responses", "roster_licenses",
        "trusted_providers",
      ])
    let migrations = try fixture.sqlite("SELECT identifier FROM grdb_migrations ORDER BY rowid")
    #expect(
      migrations.split(separator: "\n") == [
        "v1-ledger-events", "v1-learners-licenses", "v1-attempts-responses", "v1-completions-credits",
        "v2-certificates", "v3-board", "v4-board-keys", "v5-board-hash-by-lookup", "v6-provider-key-rotation",
      ])
    #expect(try fixture.sqlite("PRAGMA journal_mode") == "wal\n")
    #expect(try fixture.sqlite("PRAGMA application_id") == "\(0x5667_4C64)\n")
    let strict = try fixture.sqlite("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%) STRICT'")
    #expect(strict == "15\n")
  }

  @Test func reopeningKeepsTheDataAndChangesNothing() throws {
    let fixture = LedgerFixture()
    try fixture.open().addLearner(name: "Ana Ruiz")
    let ledger = try fixture.open(mode: .existing)
    #expect(try ledger.learners().map(\.name) == ["Ana Ruiz"])
    #expect(try fixture.sqlite("SELECT count(*) FROM grdb_migrations") == "9\n")
  }

  @Test func foreignKeysAreEnforced() throws {
    let ledger = try LedgerFixture().open()
    #expect(throws: LedgerError.self) { try ledger.addLicense(LedgerFixture.profile(), learnerID: 99) }
  }

  @Test func missingLedgerIsNotCreatedWhenOnlyReading() throws {
    let fixture = LedgerFixture()
    let error = #expect(throws: LedgerError.self) { try fixture.open(mode: .existing) }
    #expect(error?.code == .noLedger)
    #expect(!FileManager.default.fileExists(atPath: fixture.path))
  }

  @Test(arguments: ["text", "sqlite-header-then-garbage"])
  func fileThatIsNotSQLiteIsRefused(content: String) throws {
    let fixture = LedgerFixture()
    let bytes =
      content == "text"
      ? Array("not a database at all, just text\n".utf8)
      : Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0xAB, count: 200)
    fixture.directory.write("ledger.sqlite", bytes: bytes)
    let error = #expect(throws: LedgerError.self) { try fixture.open() }
    // Text is another kind of file; an SQLite header over garbage is a damaged ledger.
    #expect(error?.code == (content == "text" ? .notALedger : .damaged))
    #expect(error?.message.contains("restore it from a backup made with `vigil ledger backup`") == true)
    #expect(!FileManager.default.fileExists(atPath: fixture.path + "-wal"))
  }

  @Test func anotherProgramsSQLiteFileIsRefused() throws {
    let fixture = LedgerFixture()
    try fixture.sqlite("CREATE TABLE notes (body TEXT)")
    let error = #expect(throws: LedgerError.self) { try fixture.open() }
    #expect(error?.code == .notALedger)
  }

  @Test func ledgerFromANewerVigilIsRefused() throws {
    let fixture = LedgerFixture()
    _ = try fixture.open()
    try fixture.sqlite("INSERT INTO grdb_migrations VALUES ('v9-future')")
    let error = #expect(throws: LedgerError.self) { try fixture.open() }
    #expect(error?.code == .newerLedger)
  }

  @Test func aFolderIsNotALedgerFile() throws {
    let fixture = LedgerFixture()
    try FileManager.default.createDirectory(atPath: fixture.path, withIntermediateDirectories: true)
    let error = #expect(throws: LedgerError.self) { try fixture.open() }
    #expect(error?.code == .cannotOpen)
  }

  @Test func homeResolvesFromFlagThenEnvironment() throws {
    #expect(try VigilHome.resolve(explicit: "/x/", environment: ["VIGIL_HOME": "/v"]).path == "/x")
    #expect(
      try VigilHome.resolve(explicit: nil, environment: ["VIGIL_HOME": "/v", "HOME": "/h"]).ledgerPath
        == "/v/ledger.sqlite")
    #expect(
      try VigilHome.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path == "/d/vigil")
    #expect(
      try VigilHome.resolve(explicit: nil, environment: ["VIGIL_HOME": "", "HOME": "/h"]).path
        == "/h/.local/share/vigil")
    #expect(throws: LedgerError.self) { try VigilHome.resolve(explicit: nil, environment: [:]) }
  }
}
