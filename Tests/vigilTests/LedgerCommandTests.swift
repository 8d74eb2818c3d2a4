import Foundation
import Testing
import VigilTestSupport

/// End to end: `vigil ledger verify` and `vigil ledger backup`.
@Suite struct LedgerCommandTests {
  private func home(learners: Int = 2) throws -> TemporaryDirectory {
    let directory = TemporaryDirectory()
    for index in 1...learners {
      let result = try CommandRunner.vigil(["learner", "add", "--name", "Learner \(index)", "--home", directory.path])
      guard result.status == 0 else { throw SetupError(result.error) }
    }
    return directory
  }

  @Test func verifyPassesOnAnIntactLedger() throws {
    let directory = try home()
    let result = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(result.status == 0)
    // ledger created and two learners: three events, three rows (the ledger's identity and two learners).
    #expect(result.output.hasPrefix("ledger \(directory.path)/ledger.sqlite verifies: 3 events, 3 rows, head 3:"))
    let head = try CommandRunner.vigil(["ledger", "head", "--home", directory.path])
    #expect(head.status == 0)
    #expect(result.output.hasSuffix(" head \(head.output)"))
  }

  @Test func verifyNamesARowChangedWithTheSQLiteShell() throws {
    let directory = try home()
    let edit = try CommandRunner.run(
      "/usr/bin/sqlite3", [directory.appending("ledger.sqlite"), "UPDATE learners SET name = 'Mallory' WHERE id = 2"])
    #expect(edit.status == 0)  // learners have no update trigger: corrections go through an event
    let result = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(result.status == 1)
    #expect(
      result.output
        == "ledger \(directory.path)/ledger.sqlite does not verify: learners row 2: it does not match event 3: it was changed behind the ledger's back\n"
        + "it takes no more writes: restore a backup made with vigil ledger backup, then verify again\n"
    )
    let json = try CommandRunner.vigil(["ledger", "verify", "--format", "json", "--home", directory.path])
    #expect(json.status == 1)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let problem = try #require(document["problem"] as? [String: Any])
    #expect(document["intact"] as? Bool == false)
    #expect(problem["table"] as? String == "learners" && problem["row"] as? Int == 2 && problem["event"] as? Int == 3)
  }

  @Test func verifyNamesADeletedEventAndADroppedTrigger() throws {
    let directory = try home(learners: 3)
    let ledger = directory.appending("ledger.sqlite")
    let trigger = try CommandRunner.run("/usr/bin/sqlite3", [ledger, "SELECT sql FROM sqlite_master WHERE name = 'events_no_delete'"])
    let edit = try CommandRunner.run("/usr/bin/sqlite3", [ledger, "DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq = 2"])
    #expect(edit.status == 0)
    let dropped = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(dropped.status == 1)
    #expect(dropped.output.contains("does not verify: schema: the trigger events_no_delete is missing"))
    // Put the trigger back as it was: the schema agrees again, and the chain names the gap.
    #expect(try CommandRunner.run("/usr/bin/sqlite3", [ledger, trigger.output]).status == 0)
    let result = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(result.status == 1)
    #expect(result.output.contains("events row 3: the event before it is missing"), "\(result.output)")
  }

  @Test func verifySinceARecordedHeadFindsARewrittenHistory() throws {
    let directory = try home(learners: 2)
    let head = try CommandRunner.vigil(["ledger", "head", "--home", directory.path]).output.trimmingCharacters(in: .newlines)
    #expect(head.hasPrefix("3:"))
    _ = try CommandRunner.vigil(["learner", "add", "--name", "Later", "--home", directory.path])
    let extended = try CommandRunner.vigil(["ledger", "verify", "--since", head, "--home", directory.path])
    #expect(extended.status == 0, "\(extended.output)")
    // Another ledger with the same learners has another history: its event 3 is not this head.
    let other = try home(learners: 2)
    let rewritten = try CommandRunner.vigil(["ledger", "verify", "--since", head, "--home", other.path])
    #expect(rewritten.status == 1)
    #expect(rewritten.output.contains("events row 3: its link is not the one of the head \(head) given"))
    let beyond = try CommandRunner.vigil(["ledger", "verify", "--since", "9" + head.dropFirst(1), "--home", directory.path])
    #expect(beyond.status == 1)
    #expect(beyond.output.contains("the chain ends at event 4, before the head 9:"))
    let malformed = try CommandRunner.vigil(["ledger", "verify", "--since", "3:xyz", "--home", directory.path])
    #expect(malformed.status == 2)
    #expect(malformed.error.hasPrefix("error: '3:xyz' is not a ledger head"))
  }

  @Test func verifyWithoutALedgerIsAnEnvironmentError() throws {
    let directory = TemporaryDirectory()
    let result = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: there is no ledger at \(directory.path)/ledger.sqlite"))
  }

  @Test func backupWritesACopyThatVerifies() throws {
    let directory = try home()
    let copyHome = directory.appending("copy")
    try FileManager.default.createDirectory(atPath: copyHome, withIntermediateDirectories: true)
    let backup = try CommandRunner.vigil(["ledger", "backup", copyHome + "/ledger.sqlite", "--home", directory.path])
    #expect(backup.status == 0, "\(backup.error)")
    #expect(
      backup.output.hasPrefix(
        "backed up \(directory.path)/ledger.sqlite to \(copyHome)/ledger.sqlite: 3 events, 3 rows, verified"))
    let original = try CommandRunner.vigil(["ledger", "verify", "--home", directory.path]).output
    let copy = try CommandRunner.vigil(["ledger", "verify", "--home", copyHome])
    #expect(copy.status == 0)
    #expect(copy.output.split(separator: " ").last == original.split(separator: " ").last)
    #expect(
      try CommandRunner.vigil(["learner", "list", "--home", copyHome]).output
        == CommandRunner.vigil(["learner", "list", "--home", directory.path]).output)
  }

  @Test func backupKeepsAnExistingFileUnlessForced() throws {
    let directory = try home()
    let target = directory.write("existing.sqlite", "keep me")
    let refused = try CommandRunner.vigil(["ledger", "backup", target, "--home", directory.path])
    #expect(refused.status == 2)
    #expect(refused.error == "error: \(target) already exists; pass --force to replace it\n")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
    let forced = try CommandRunner.vigil(["ledger", "backup", target, "--force", "--home", directory.path])
    #expect(forced.status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)).prefix(15) == Data("SQLite format 3".utf8))
  }

  @Test func backupOfAChangedLedgerFails() throws {
    let directory = try home()
    _ = try CommandRunner.run(
      "/usr/bin/sqlite3", [directory.appending("ledger.sqlite"), "UPDATE learners SET name = 'X'"])
    let result = try CommandRunner.vigil([
      "ledger", "backup", directory.appending("b.sqlite"), "--home", directory.path,
    ])
    #expect(result.status == 2)
    #expect(result.error.contains("the backup does not verify (learners row 1"))
    #expect(!FileManager.default.fileExists(atPath: directory.appending("b.sqlite")))
  }

  @Test func backupNeedsAFile() throws {
    let directory = try home()
    #expect(try CommandRunner.vigil(["ledger", "backup", "--home", directory.path]).status == 2)
    #expect(try CommandRunner.vigil(["ledger", "backup", directory.path, "--home", directory.path]).status == 2)
  }
}
