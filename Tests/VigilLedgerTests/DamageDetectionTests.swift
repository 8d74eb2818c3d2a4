import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// The check before writing, measured: one bit flipped at a time in the used bytes of each table's
/// root page of a small ledger the library wrote. Every flip that SQLite's full integrity check (or
/// the schema comparison) finds must be refused before any write.
@Suite struct DamageDetectionTests {
  /// What one flipped bit led to.
  private enum Outcome: String, CaseIterable {
    /// Refused when opened for writing (the header, the cheap check, or SQLite itself).
    case refused
    /// Nothing any check finds (unused bytes, or a value only the chain would notice).
    case undetectable
    /// The full check finds damage the cheap check let through: the case that must not happen.
    case missed
  }

  private func populated(learners: Int) throws -> LedgerFixture {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    for index in 0..<learners { try ledger.addLearner(name: "Learner \(index) Ruiz") }
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: 1)
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: 1))
    try ledger.recordResponse(
      NewResponse(
        attemptID: attempt.id, questionID: "q1", sequence: 1, typed: "b", response: .choice(id: "b"),
        savedAt: .init(secondsSinceEpoch: 5)))
    try ledger.finishAttempt(id: attempt.id, grade: LedgerFixture.grade(), finishedAt: .init(secondsSinceEpoch: 9))
    try ledger.recordCompletion(
      LedgerFixture.completion(learnerID: 1, attemptID: attempt.id),
      credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit()])])
    try ledger.close()
    return fixture
  }

  /// The byte offsets inside a b-tree page that hold something: its header and cell pointers, and every
  /// fifth byte of its cells (every third byte took 26 s on two cores and found the same kinds of damage).
  private func usedOffsets(_ page: ArraySlice<UInt8>, headerStart: Int, pageSize: Int) -> [Int] {
    let base = page.startIndex
    func integer(_ offset: Int) -> Int { Int(page[base + offset]) << 8 | Int(page[base + offset + 1]) }
    let isInterior = page[base + headerStart] == 2 || page[base + headerStart] == 5
    let headerSize = isInterior ? 12 : 8
    let cells = integer(headerStart + 3)
    let contentStart = integer(headerStart + 5) == 0 ? 65_536 : integer(headerStart + 5)
    return Array(headerStart..<(headerStart + headerSize + 2 * cells))
      + Array(stride(from: min(contentStart, pageSize), to: pageSize, by: 5))
  }

  private func outcome(of bytes: [UInt8], at trial: String) throws -> Outcome {
    defer { for suffix in ["", "-wal", "-shm", ".refused"] { unlink(trial + suffix) } }
    try Data(bytes).write(to: URL(fileURLWithPath: trial))
    do {
      let ledger = try Ledger(path: trial, mode: .existing)
      try ledger.close()
    } catch {
      return .refused
    }
    guard let reader = try? Ledger(path: trial, mode: .readOnly), let report = try? reader.checkFile() else {
      return .missed
    }
    try? reader.close()
    return report.isSound ? .undetectable : .missed
  }

  @Test(arguments: [3, 120])
  func everyFlipTheFullCheckFindsIsRefusedBeforeAWrite(learners: Int) throws {
    let fixture = try populated(learners: learners)
    let pageSize = Int(try fixture.sqlite("PRAGMA page_size").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 4096
    let roots = try fixture.sqlite("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .split(separator: "\n").compactMap { line -> (String, Int)? in
        let parts = line.split(separator: "|")
        guard parts.count == 2, let root = Int(parts[1]) else { return nil }
        return (String(parts[0]), root)
      }
    #expect(roots.count >= 8)
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture.path)))
    let trial = fixture.directory.appending("trial.sqlite")
    var counts: [Outcome: Int] = [:]
    var missed: [String] = []
    for (table, root) in roots {
      let start = (root - 1) * pageSize
      let page = original[start..<start + pageSize]
      for offset in usedOffsets(page, headerStart: root == 1 ? 100 : 0, pageSize: pageSize) {
        var bytes = original
        bytes[start + offset] ^= UInt8(1 << (offset % 8))
        let result = try outcome(of: bytes, at: trial)
        counts[result, default: 0] += 1
        if result == .missed { missed.append("\(table) page \(root) byte \(offset) bit \(offset % 8)") }
      }
    }
    let summary = Outcome.allCases.map { "\($0.rawValue)=\(counts[$0, default: 0])" }.joined(separator: " ")
    print("root-page bit flips, \(learners) learners: \(summary)")
    #expect(counts[.refused, default: 0] > 0)
    #expect(missed.isEmpty, "\(summary); missed: \(missed.prefix(20))")
  }
}
