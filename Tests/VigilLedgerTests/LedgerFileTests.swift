import Foundation
import Testing
import VigilBoards
import VigilLedger
import VigilTestSupport

/// The ledger as a file: private modes, no symbolic links, an empty file is damage, a damaged ledger
/// refuses writes until the user acts, creation is atomic, values read back are checked.
@Suite struct LedgerFileTests {
  /// Runs `ledger-writer create` under `umask 000` and returns what it printed.
  private func createUnderOpenUmask(_ ledgerPath: String) throws -> CommandResult {
    let writer = try #require(BuiltProgram.path("ledger-writer"), "ledger-writer was not built")
    return try CommandRunner.run("/bin/sh", ["-c", "umask 000; exec \"$0\" create \"$1\"", writer, ledgerPath])
  }

  private func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func aNewLedgerIsPrivateWhateverTheUmask() throws {
    let directory = TemporaryDirectory()
    let ledger = directory.appending("provider/vigil/ledger.sqlite")
    let result = try createUnderOpenUmask(ledger)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "ledger=600 wal=600 shm=600 home=700 keys=none\n")
    #expect(try mode(directory.appending("provider")) == 0o700)
    #expect(try mode(ledger) == 0o600)
  }

  /// A home that is a file (or a file among its parents) is named as such, not blamed on permissions.
  @Test(arguments: ["home", "home/inner"])
  func aHomeThatIsAFileIsSaidToBeOne(folder: String) throws {
    let directory = TemporaryDirectory()
    _ = directory.write("home", "not a folder\n")
    let error = #expect(throws: LedgerError.self) {
      try Ledger(path: directory.appending("\(folder)/ledger.sqlite"), mode: .create)
    }
    #expect(
      error?.message
        == "\(directory.appending("home")) is not a folder (a file or a device has that name); give --home or VIGIL_HOME a folder")
  }

  @Test func anExistingLedgerHomeAndKeysAreMadePrivate() throws {
    let fixture = LedgerFixture()
    try fixture.open().addLearner(name: "Ana Ruiz")
    try FileManager.default.createDirectory(atPath: fixture.directory.appending("keys"), withIntermediateDirectories: true)
    chmod(fixture.path, 0o644)
    chmod(fixture.directory.path, 0o755)
    chmod(fixture.directory.appending("keys"), 0o777)
    let result = try createUnderOpenUmask(fixture.path)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "ledger=600 wal=600 shm=600 home=700 keys=700\n")
  }

  @Test(arguments: [true, false])
  func aSymbolicLinkAtTheLedgersPathIsRefused(dangling: Bool) throws {
    let fixture = LedgerFixture()
    let target = fixture.directory.appending("elsewhere.sqlite")
    if !dangling { try Ledger(path: target).addLearner(name: "Ana Ruiz") }
    try FileManager.default.createSymbolicLink(atPath: fixture.path, withDestinationPath: target)
    for mode in [Ledger.OpenMode.create, .existing, .readOnly] {
      let error = #expect(throws: LedgerError.self) { try fixture.open(mode: mode) }
      #expect(error?.code == .cannotOpen)
      #expect(error?.message.contains("is a symbolic link") == true)
    }
    #expect(FileManager.default.fileExists(atPath: target) == !dangling)
  }

  @Test func aZeroByteLedgerIsDamagedAndRefusesWritesUntilTheUserActs() throws {
    let fixture = LedgerFixture()
    fixture.directory.write("ledger.sqlite", "")
    let error = #expect(throws: LedgerError.self) { try fixture.open(mode: .create) }
    #expect(error?.code == .damaged)
    #expect(error?.message.contains("the file is empty (0 bytes)") == true)
    #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)).isEmpty)
    let marker = fixture.path + ".refused"
    #expect(try mode(marker) == 0o600)
    #expect(try String(contentsOfFile: marker, encoding: .utf8).contains("reason: the ledger at"))
    // Even once the file looks like a ledger again, writes wait for the user.
    try FileManager.default.removeItem(atPath: fixture.path)
    try Ledger(path: fixture.directory.appending("backup.sqlite")).addLearner(name: "Ana Ruiz")
    try FileManager.default.copyItem(atPath: fixture.directory.appending("backup.sqlite"), toPath: fixture.path)
    let refused = #expect(throws: LedgerError.self) { try fixture.open(mode: .existing) }
    #expect(refused?.code == .refused)
    #expect(refused?.message.contains("restore your latest backup") == true)
    #expect(refused?.message.contains("vigil ledger verify") == true)
    let restored = try fixture.open(mode: .readOnly)
    #expect(try restored.checkFile().isSound && restored.verify().isIntact)
    #expect(restored.liftRefusal())
    #expect(try fixture.open(mode: .existing).learners().map(\.name) == ["Ana Ruiz"])
  }

  @Test func aDeletedDamagedLedgerIsNotReplacedByAFreshOne() throws {
    let fixture = LedgerFixture()
    fixture.directory.write("ledger.sqlite", "")
    #expect(throws: LedgerError.self) { try fixture.open(mode: .create) }
    try FileManager.default.removeItem(atPath: fixture.path)
    let error = #expect(throws: LedgerError.self) { try fixture.open(mode: .create) }
    #expect(error?.code == .refused)
    #expect(!FileManager.default.fileExists(atPath: fixture.path))
  }

  @Test func aFailedFileCheckRecordsTheRefusal() throws {
    let fixture = LedgerFixture()
    try fixture.open().addLearner(name: "Ana Ruiz")
    try fixture.sqlite("DROP TABLE responses")
    let report = try fixture.open(mode: .readOnly).checkFile()
    #expect(report.problems.contains("the table responses is missing from the schema"), "\(report.problems)")
    let error = #expect(throws: LedgerError.self) { try fixture.open(mode: .existing) }
    #expect(error?.code == .refused)
  }

  @Test func eightProcessesCreatingOneLedgerAllSucceed() throws {
    let writer = try #require(BuiltProgram.path("ledger-writer"), "ledger-writer was not built")
    var failures: [String] = []
    for round in 0..<20 {
      let directory = TemporaryDirectory()
      let ledger = directory.appending("home/ledger.sqlite")
      let processes = try (0..<8).map { _ in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: writer)
        process.arguments = ["create", ledger]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
      }
      for (process, errors) in processes {
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 { failures.append("round \(round): \(message)") }
      }
      let opened = try Ledger(path: ledger, mode: .existing)
      #expect(try opened.learners().count == 8 && opened.verify().isIntact)
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.appending("home"))
      #expect(leftovers.allSatisfy { !$0.contains(".new-") }, "\(leftovers)")
    }
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test func anImpossibleCreditIsDamageNotACrash() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    try ledger.recordCompletion(
      LedgerFixture.completion(learnerID: ana.id),
      credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit(), LedgerFixture.credit(approver: "ANCC")])])
    #expect(try ledger.transcript(for: license.key).totalMinutes == 120)
    try fixture.sqlite("PRAGMA ignore_check_constraints = ON; DROP TRIGGER credits_no_update; UPDATE credits SET minutes = 9223372036854775807 WHERE id = 2")
    let error = #expect(throws: LedgerError.self) { try ledger.transcript(for: license.key) }
    #expect(error?.code == .damaged)
    #expect(error?.message.contains("credits row 2 holds 9223372036854775807 minutes") == true)
    #expect(FileManager.default.fileExists(atPath: fixture.path + ".refused"))
  }

  @Test func sumsOfCreditMinutesReportOverflowAsDamage() throws {
    #expect(try CreditMinutes.total([60, 90], of: "test") == 150)
    #expect(throws: LedgerError.self) { try CreditMinutes.total([-1], of: "test") }
    #expect(throws: LedgerError.self) { try CreditMinutes.total([CreditMinutes.maximum + 1], of: "test") }
    #expect(throws: LedgerError.self) { try CreditMinutes.checked(Int64.min, table: "credits", row: 4) }
  }
}
