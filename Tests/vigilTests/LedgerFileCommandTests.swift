import Foundation
import Testing
import VigilTestSupport

/// End to end: the ledger file's protections as the `vigil` commands show them.
@Suite struct LedgerFileCommandTests {
  private func home(learners: Int = 2) throws -> TemporaryDirectory {
    let directory = TemporaryDirectory()
    for index in 1...learners {
      let result = try CommandRunner.vigil(["learner", "add", "--name", "Learner \(index)", "--home", directory.path])
      guard result.status == 0 else { throw SetupError(result.error) }
    }
    return directory
  }

  private func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  private func sqlite(_ path: String, _ sql: String) throws {
    let result = try CommandRunner.run("/usr/bin/sqlite3", [path, sql])
    guard result.status == 0 else { throw SetupError(result.error) }
  }

  @Test func aLedgerCreatedUnderAnOpenUmaskIsPrivate() throws {
    let directory = TemporaryDirectory()
    let vigil = try #require(CommandRunner.vigilPath)
    let home = directory.appending("vigil")
    let result = try CommandRunner.run(
      "/bin/sh", ["-c", "umask 000; exec \"$0\" learner add --name 'Ana Ruiz' --home \"$1\"", vigil, home])
    #expect(result.status == 0, "\(result.error)")
    #expect(try mode(home) == 0o700)
    #expect(try mode(home + "/ledger.sqlite") == 0o600)
  }

  @Test func verifyOpensReadOnlyReportsADroppedTableAndChangesNothing() throws {
    let directory = try home()
    let ledger = directory.appending("ledger.sqlite")
    try sqlite(ledger, "DROP TABLE responses")
    let before = try Data(contentsOf: URL(fileURLWithPath: ledger))
    let modified = try FileManager.default.attributesOfItem(atPath: ledger)[.modificationDate] as? Date
    let result = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(result.status == 1)
    #expect(result.output.contains("the table responses is missing from the schema"), "\(result.output)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == before)
    #expect(try FileManager.default.attributesOfItem(atPath: ledger)[.modificationDate] as? Date == modified)
    let json = try CommandRunner.vigil(["ledger", "verify", "--format", "json", "--home", directory.path])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(document["intact"] as? Bool == false)
    #expect((document["fileProblems"] as? [String])?.contains("the table responses is missing from the schema") == true)
    // The failed verify is recorded outside the file: writes are refused, with what to do.
    let add = try CommandRunner.vigil(["learner", "add", "--name", "Mallory", "--home", directory.path])
    #expect(add.status == 2)
    #expect(add.error.contains("takes no more writes: restore your latest backup"), "\(add.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == before)
  }

  @Test func restoringABackupAndVerifyingLiftsTheRefusal() throws {
    let directory = try home()
    let ledger = directory.appending("ledger.sqlite")
    let backup = try CommandRunner.vigil(["ledger", "backup", directory.appending("copy.sqlite"), "--home", directory.path])
    #expect(backup.status == 0, "\(backup.error)")
    #expect(try mode(directory.appending("copy.sqlite")) == 0o600)
    try sqlite(ledger, "UPDATE learners SET name = 'Mallory' WHERE id = 1")
    #expect(try CommandRunner.vigil(["ledger", "verify", "--home", directory.path]).status == 1)
    #expect(FileManager.default.fileExists(atPath: ledger + ".refused"))
    #expect(try CommandRunner.vigil(["learner", "add", "--name", "Cleo", "--home", directory.path]).status == 2)
    try FileManager.default.removeItem(atPath: ledger)
    try FileManager.default.copyItem(atPath: directory.appending("copy.sqlite"), toPath: ledger)
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(verify.status == 0)
    #expect(verify.output.hasSuffix("writes are allowed again (removed \(ledger).refused)\n"), "\(verify.output)")
    #expect(try CommandRunner.vigil(["learner", "add", "--name", "Cleo", "--home", directory.path]).status == 0)
  }

  @Test func aZeroByteLedgerIsDamagedNotANewLedger() throws {
    let directory = TemporaryDirectory()
    let ledger = directory.write("ledger.sqlite", "")
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(verify.status == 2)
    #expect(verify.error.contains("is damaged (the file is empty (0 bytes)"), "\(verify.error)")
    let add = try CommandRunner.vigil(["learner", "add", "--name", "Ana Ruiz", "--home", directory.path])
    #expect(add.status == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)).isEmpty)
  }

  @Test func aDanglingSymbolicLinkIsNotFollowed() throws {
    let directory = TemporaryDirectory()
    let target = directory.appending("elsewhere.sqlite")
    try FileManager.default.createSymbolicLink(atPath: directory.appending("ledger.sqlite"), withDestinationPath: target)
    let add = try CommandRunner.vigil(["learner", "add", "--name", "Ana Ruiz", "--home", directory.path])
    #expect(add.status == 2)
    #expect(add.error.contains("is a symbolic link"))
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func backupWritesOnlyRegularFilesAndSaysWhereTheKeyIs() throws {
    let directory = try home()
    let fifo = directory.appending("fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    try FileManager.default.createSymbolicLink(atPath: directory.appending("link"), withDestinationPath: "/dev/null")
    for target in [fifo, "/dev/null", directory.appending("link")] {
      let result = try CommandRunner.vigil(["ledger", "backup", target, "--force", "--home", directory.path])
      #expect(result.status == 2, "\(target)")
      #expect(result.error.contains("not a regular file") || result.error.contains("symbolic link"), "\(result.error)")
    }
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    let result = try CommandRunner.vigil(["ledger", "backup", directory.appending("b.sqlite"), "--home", directory.path])
    #expect(result.status == 0)
    #expect(result.output.contains("the signing key is not in this backup: copy \(directory.path)/keys separately"))
    #expect(result.output.contains("vigil keys export"))
  }

  @Test func aStoredDateThatIsNotADateIsReportedWithItsRow() throws {
    let home = try TexasNurseHome.make()
    try sqlite(
      home.appending("ledger.sqlite"),
      "DROP TRIGGER completions_no_update; UPDATE completions SET completed_on = '2026-19-39' WHERE id = 1")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.status == 2)
    #expect(show.error.contains("row 1 holds the date '2026-19-39', which is not a date"), "\(show.error)")
    #expect(FileManager.default.fileExists(atPath: home.appending("ledger.sqlite.refused")))
  }

  @Test func anImpossibleStoredCreditIsReportedNotACrash() throws {
    let home = try TexasNurseHome.make()
    try sqlite(
      home.appending("ledger.sqlite"),
      "PRAGMA ignore_check_constraints = ON; DROP TRIGGER credits_no_update; UPDATE credits SET minutes = 9223372036854775807 WHERE id = 1")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.status == 2)
    #expect(show.error.contains("credits row 1 holds 9223372036854775807 minutes"), "\(show.error)")
    let transcript = try CommandRunner.vigil([
      "transcript", "--home", home.path, "--boards", Repository.path("Boards"), "--license", "tx-bon:RN:123456",
    ])
    #expect(transcript.status == 2)
    #expect(transcript.error.contains("credits row 1 holds 9223372036854775807 minutes"), "\(transcript.error)")
  }
}

/// A home named by a one-character relative path (Foundation's path helpers trapped on it).
@Suite struct RelativeHomeTests {
  @Test func aOneCharacterRelativeHomeWorks() throws {
    let folder = TemporaryDirectory()
    let result = try CommandRunner.vigil(["learner", "add", "--name", "Ana Díaz", "--home", "c"], directory: folder.path)
    #expect(result.status == 0, "\(result.error)")
    #expect(FileManager.default.fileExists(atPath: folder.appending("c/ledger.sqlite")))
  }
}
