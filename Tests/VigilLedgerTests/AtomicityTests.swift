import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// Each logical write is one transaction: a failure or a killed process leaves no partial row.
@Suite struct AtomicityTests {
  /// The rows in the chained tables and the events, as one comparable string.
  private func counts(_ fixture: LedgerFixture) throws -> String {
    try fixture.sqlite(
      """
      SELECT (SELECT count(*) FROM learners), (SELECT count(*) FROM licenses), (SELECT count(*) FROM completions),
        (SELECT count(*) FROM credits), (SELECT count(*) FROM events)
      """)
  }

  @Test func aFailingCreditRollsBackTheCompletionAndItsEvent() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    let before = try counts(fixture)
    // The second credit repeats the first: its insert fails after the completion and first credit were written.
    #expect(throws: LedgerError.self) {
      try ledger.recordCompletion(
        LedgerFixture.completion(learnerID: ana.id),
        credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit(), LedgerFixture.credit()])])
    }
    #expect(try counts(fixture) == before)
    #expect(try ledger.verify().isIntact)
  }

  @Test func aBulkLoadThatThrowsStoresNothing() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    try ledger.addLearner(name: "Kept")
    let error = #expect(throws: LedgerError.self) {
      try ledger.bulkLoad { loader throws(LedgerError) in
        for index in 0..<100 { _ = try loader.addLearner(name: "Learner \(index)") }
        _ = try loader.addLearner(name: "")
      }
    }
    #expect(error?.code == .invalidValue)
    #expect(try ledger.learners().map(\.name) == ["Kept"])
    // The head is the hash the sqlite3 shell reads from the one event left, not one verify computes.
    let storedHead = try fixture.sqlite("SELECT link FROM events ORDER BY seq DESC LIMIT 1").trimmingCharacters(in: .newlines)
    // Two events (ledger created, "Kept") and their two rows.
    #expect(try ledger.verify() == ChainReport(eventCount: 2, recordCount: 2, headHash: storedHead, problem: nil))
  }

  @Test func aProcessKilledInsideATransactionLeavesNoPartialRow() throws {
    let writer = try #require(
      BuiltProgram.path("ledger-writer"), "ledger-writer was not built; run swift build --build-tests")
    let fixture = LedgerFixture()
    try fixture.open().addLearner(name: "Kept")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: writer)
    process.arguments = ["hold", fixture.path, "500"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    // Wait until the writer has inserted its rows and is sleeping inside the transaction.
    let line = output.fileHandleForReading.availableLine()
    #expect(line == "holding")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let ledger = try fixture.open(mode: .existing)
    #expect(try ledger.learners().map(\.name) == ["Kept"])
    #expect(try ledger.verify().isIntact)
    try ledger.addLearner(name: "After the crash")
    // ledger created, "Kept", "After the crash": the killed load left nothing.
    #expect(try ledger.verify().eventCount == 3)
  }
}

extension FileHandle {
  /// Reads up to the first line break (blocking), without it.
  func availableLine() -> String {
    var bytes: [UInt8] = []
    while true {
      let chunk = readData(ofLength: 1)
      guard let byte = chunk.first, byte != UInt8(ascii: "\n") else { break }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
