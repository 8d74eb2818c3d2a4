import Foundation
import Testing
import VigilTestSupport

/// End to end: `vigil learner add|list|show|license add` on good and hostile input.
@Suite struct LearnerCommandTests {
  /// A home folder with learner 1 (Ana, with a Texas RN license) and learner 2 (Ben).
  private func home() throws -> TemporaryDirectory {
    let directory = TemporaryDirectory()
    for arguments in [
      ["learner", "add", "--name", "Ana Ruiz", "--email", "ana@example.org", "--birthday", "02-29"],
      ["learner", "add", "--name", "Ben Okafor"],
      [
        "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "123456",
        "--expires", "2027-01-31", "--issued", "2019-02-01", "--attribute", "direct-patient-care",
      ],
    ] {
      let result = try CommandRunner.vigil(arguments + ["--home", directory.path])
      guard result.status == 0 else { throw SetupError(result.error) }
    }
    return directory
  }

  /// What the ledger holds, to show a failed command changed nothing.
  private func snapshot(_ directory: TemporaryDirectory) throws -> String {
    try CommandRunner.vigil(["learner", "list", "--home", directory.path]).output
      + CommandRunner.vigil(["ledger", "verify", "--home", directory.path]).output
  }

  @Test func addsListsAndShowsLearners() throws {
    let directory = try home()
    let list = try CommandRunner.vigil(["learner", "list", "--home", directory.path])
    #expect(list.status == 0)
    #expect(list.output == "1\tAna Ruiz\tana@example.org\ttx-bon:RN:123456\n2\tBen Okafor\t-\tno licenses\n")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", directory.path])
    #expect(
      show.output == """
        learner 1: Ana Ruiz
          email: ana@example.org
          birthday: 02-29
        license tx-bon:RN:123456: expires 2027-01-31, issued 2019-02-01; direct-patient-care
          0 credits, 0 min

        """)
    let byLicense = try CommandRunner.vigil([
      "learner", "show", "--license", "TX-BON:rn:123456", "--home", directory.path,
    ])
    #expect(byLicense.output == show.output)
  }

  @Test func printsJSONForPrograms() throws {
    let directory = try home()
    let added = try CommandRunner.vigil([
      "learner", "add", "--name", "Cy", "--format", "json", "--home", directory.path,
    ])
    let learner = try #require(try JSONSerialization.jsonObject(with: Data(added.output.utf8)) as? [String: Any])
    #expect(learner["id"] as? Int == 3 && learner["name"] as? String == "Cy")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--format", "json", "--home", directory.path])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
    let licenses = try #require(document["licenses"] as? [[String: Any]])
    #expect(licenses.first?["key"] as? String == "tx-bon:RN:123456")
    #expect(licenses.first?["attributes"] as? [String] == ["direct-patient-care"])
    #expect(licenses.first?["totalMinutes"] as? Int == 0)
  }

  @Test func vigilHomeFromTheEnvironment() throws {
    let directory = TemporaryDirectory()
    let added = try CommandRunner.vigil(
      ["learner", "add", "--name", "Ana"], environment: ["VIGIL_HOME": directory.path])
    #expect(added.status == 0)
    #expect(FileManager.default.fileExists(atPath: directory.appending("ledger.sqlite")))
  }

  @Test(arguments: [
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9", "--expires",
      "2027-02-30",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9", "--expires",
      "31/01/2027",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9", "--expires",
      "2027-01-31", "--issued", "yesterday",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9", "--expires",
      "2027-01-31", "--issued", "2028-01-01",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "TX BON", "--type", "RN", "--number", "9", "--expires",
      "2027-01-31",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx_bon", "--type", "RN", "--number", "9", "--expires",
      "2027-01-31",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "R N", "--number", "9", "--expires",
      "2027-01-31",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9:1",
      "--expires", "2027-01-31",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9", "--expires",
      "2027-01-31", "--attribute", "Direct Care",
    ],
    [
      "learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "123456",
      "--expires", "2027-01-31",
    ],
    [
      "learner", "license", "add", "--learner", "99", "--board", "tx-bon", "--type", "RN", "--number", "9", "--expires",
      "2027-01-31",
    ],
    [
      "learner", "license", "add", "--learner", "one", "--board", "tx-bon", "--type", "RN", "--number", "9",
      "--expires", "2027-01-31",
    ],
    ["learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "9"],
    ["learner", "add", "--name", ""], ["learner", "add", "--name", "  "], ["learner", "add", "--name", "Ana\nRuiz"],
    ["learner", "add", "--name", "Ana", "--email", "ana.example.org"],
    ["learner", "add", "--name", "Ana", "--birthday", "02-30"],
    ["learner", "add", "--name", "Ana", "--birthday", "1990-02-01"], ["learner", "add"],
    ["learner", "add", "--name", "Ana", "--colour", "red"],
    ["learner", "show"], ["learner", "show", "x1"], ["learner", "show", "99"],
    ["learner", "show", "1", "--license", "tx-bon:RN:123456"],
    ["learner", "show", "--license", "tx-bon:RN"], ["learner", "show", "--license", "tx-bon:RN:404"],
    ["learner", "show", "1", "--format", "yaml"],
    ["learner", "frobnicate"],
  ])
  func badInputExitsWithTwoAndWritesNothing(arguments: [String]) throws {
    let directory = try home()
    let before = try snapshot(directory)
    let result = try CommandRunner.vigil(arguments + ["--home", directory.path])
    #expect(result.status == 2, "\(result.output)\(result.error)")
    #expect(result.output.isEmpty)
    let firstLine = result.error.split(separator: "\n").first.map(String.init) ?? ""
    #expect(firstLine.lowercased().hasPrefix("error: ") && firstLine.count > 12, "\(result.error)")
    #expect(try snapshot(directory) == before)
  }

  @Test func ledgerErrorsAreOneLineThatSaysWhatToDo() throws {
    let directory = try home()
    let missing = try CommandRunner.vigil(["learner", "show", "99", "--home", directory.path])
    #expect(missing.error == "error: there is no learner 99 in the ledger; list learners with vigil learner list\n")
    let duplicate = try CommandRunner.vigil([
      "learner", "license", "add", "--learner", "2", "--board", "tx-bon", "--type", "rn", "--number", "123456",
      "--expires", "2027-01-31", "--home", directory.path,
    ])
    #expect(
      duplicate.error
        == "error: license tx-bon:RN:123456 is already in the ledger; show it with vigil learner show --license tx-bon:RN:123456\n"
    )
  }

  @Test func aFileThatIsNotALedgerIsRefused() throws {
    let directory = TemporaryDirectory()
    directory.write("ledger.sqlite", "name,email\nAna,ana@example.org\n")
    for arguments in [["learner", "add", "--name", "Ana"], ["learner", "list"], ["ledger", "verify"]] {
      let result = try CommandRunner.vigil(arguments + ["--home", directory.path])
      #expect(result.status == 2)
      #expect(
        result.error.contains(
          "is not a Vigil ledger (or is damaged); restore it from a backup made with `vigil ledger backup`"))
    }
    #expect(
      try String(contentsOfFile: directory.appending("ledger.sqlite"), encoding: .utf8)
        == "name,email\nAna,ana@example.org\n")
  }

  /// A license that has already expired is added (its holder may be earning the credit to reinstate
  /// it) with a note, so a mistyped year does not pass unnoticed; a current one gets none.
  @Test func anExpiredLicenseIsAddedWithANote() throws {
    let directory = try home()
    let license = ["learner", "license", "add", "--learner", "2", "--board", "tx-bon", "--type", "RN", "--home", directory.path]
    let lapsed = try CommandRunner.vigil(license + ["--number", "222222", "--expires", "2020-01-31"])
    #expect(lapsed.status == 0, "\(lapsed.error)")
    #expect(lapsed.output.contains("tx-bon:RN:222222"), "\(lapsed.output)")
    #expect(
      lapsed.error
        == "note: license tx-bon:RN:222222 expired on 2020-01-31, before today; once the board renews it, record the "
        + "new expiry with `vigil learner license update --license tx-bon:RN:222222 --expires YYYY-MM-DD`\n")
    let current = try CommandRunner.vigil(license + ["--number", "333333", "--expires", "2099-01-31"])
    #expect(current.status == 0, "\(current.error)")
    #expect(current.error.isEmpty, "\(current.error)")
  }

  @Test func readingCommandsDoNotCreateALedger() throws {
    let directory = TemporaryDirectory()
    let result = try CommandRunner.vigil(["learner", "list", "--home", directory.appending("typo")])
    #expect(result.status == 2)
    #expect(result.error.contains("there is no ledger at"))
    #expect(!FileManager.default.fileExists(atPath: directory.appending("typo")))
  }

  @Test func readOnlyHomeRefusesWritesButStillReads() throws {
    let directory = try home()
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o444], ofItemAtPath: directory.appending("ledger.sqlite"))
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path) }
    let write = try ReadOnlyUser.vigil(["learner", "add", "--name", "Cy", "--home", directory.path])
    #expect(write.status == 2)
    #expect(write.error.contains("is read-only: check the permissions of the file and its folder"), "\(write.error)")
    let list = try ReadOnlyUser.vigil(["learner", "list", "--home", directory.path])
    #expect(list.status == 0, "\(list.error)")
    #expect(list.output.hasPrefix("1\tAna Ruiz"))
    let verify = try ReadOnlyUser.vigil(["ledger", "verify", "--home", directory.path])
    #expect(verify.status == 0, "\(verify.error)")
    #expect(verify.output.contains("verifies: 4 events"))
    // With a folder it may write (SQLite then opens the file for reading only), a session is refused
    // before it shows anything, not when it saves the learner's first step.
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
    let course = try TakeCourse.make()
    // The board files copied where the other user can read them: a clone may sit in a folder only its
    // owner can enter (`mktemp -d` makes one).
    let boards = TemporaryDirectory()
    let boardsPath = Repository.path("Boards")
    for name in try FileManager.default.contentsOfDirectory(atPath: boardsPath) where name.hasSuffix(".xml") {
      _ = boards.write(name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: boardsPath + "/" + name))))
    }
    let take = try ReadOnlyUser.vigil(
      ["take", course.path, "--home", directory.path, "--boards", boards.path],
      input: TakeCourse.registration + "\n\n\n\n")
    #expect(take.status == 2, "\(take.output)\(take.error)")
    #expect(take.error.contains("is read-only: check the permissions of the file and its folder"), "\(take.error)")
    #expect(take.output.isEmpty, "\(take.output)")
  }
}

/// Runs `vigil` as a user without write permission: as `nobody` through setpriv when the tests run as
/// root (who ignores file permissions), else as the current user.
enum ReadOnlyUser {
  static func vigil(_ arguments: [String], input: String? = nil) throws -> CommandResult {
    guard getuid() == 0 else { return try CommandRunner.vigil(arguments, input: input) }
    guard let vigil = CommandRunner.vigilPath else { throw SetupError("the vigil binary was not built") }
    return try CommandRunner.run(
      "/usr/bin/setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", vigil] + arguments, input: input)
  }
}

/// A test set-up step that failed.
struct SetupError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
