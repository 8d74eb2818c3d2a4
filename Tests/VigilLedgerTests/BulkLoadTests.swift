import Foundation
import Testing
import VigilBoards
import VigilLedger

/// The bulk API stores and chains records exactly as the single-record methods do, and the license
/// scan returns what per-license lookups return.
@Suite struct BulkLoadTests {
  /// Adds two learners with licenses and completions, either one call at a time or in one bulk load.
  private func populate(_ fixture: LedgerFixture, bulk: Bool) throws -> Ledger {
    let ledger = try fixture.open()
    let people = [("Ana Ruiz", "tx-bon", "111"), ("Ben Okafor", "fl-bon", "222")]
    let days = ["2026-01-10", "2025-12-01"]
    if bulk {
      try ledger.bulkLoad { loader throws(LedgerError) in
        for (name, board, number) in people {
          let learner = try loader.addLearner(name: name, email: nil, birthday: MonthDay("03-04"))
          let license = try loader.addLicense(LedgerFixture.profile(number, board: board), learnerID: learner)
          for day in days {
            _ = try loader.addCompletion(
              LedgerFixture.completion(learnerID: learner, on: day), credits: [(license, LedgerFixture.credit(on: day))]
            )
          }
        }
      }
    } else {
      for (name, board, number) in people {
        let learner = try ledger.addLearner(name: name, birthday: MonthDay("03-04"))
        let license = try ledger.addLicense(LedgerFixture.profile(number, board: board), learnerID: learner.id)
        for day in days {
          try ledger.recordCompletion(
            LedgerFixture.completion(learnerID: learner.id, on: day),
            credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit(on: day)])])
        }
      }
    }
    return ledger
  }

  @Test func bulkLoadWritesTheSameRowsAndChainAsSingleCalls() throws {
    let single = LedgerFixture()
    let bulk = LedgerFixture()
    let singleReport = try populate(single, bulk: false).verify()
    let bulkReport = try populate(bulk, bulk: true).verify()
    // ledger created, 2 learners, 2 licenses, 4 completions with a credit each.
    #expect(bulkReport.isIntact && bulkReport.eventCount == 13)
    #expect(bulkReport.eventCount == singleReport.eventCount && bulkReport.recordCount == singleReport.recordCount)
    // Each ledger has an id of its own (in event 1, completion numbers and credit keys); apart from it,
    // every row and event body is the same.
    let dump = """
      SELECT * FROM learners; SELECT * FROM licenses; SELECT * FROM completions; SELECT * FROM credits;
      SELECT seq, stream, kind, key, at, body FROM events
      """
    func normalised(_ fixture: LedgerFixture) throws -> String {
      let id = try fixture.sqlite("SELECT id FROM ledger").trimmingCharacters(in: .newlines)
      return try fixture.sqlite(dump).replacingOccurrences(of: id, with: "LEDGER-ID")
    }
    #expect(try normalised(bulk) == normalised(single))
  }

  @Test func bulkLoadChecksLicensesBelongToTheLearner() throws {
    let ledger = try LedgerFixture().open()
    let error = #expect(throws: LedgerError.self) {
      try ledger.bulkLoad { loader throws(LedgerError) in
        let ana = try loader.addLearner(name: "Ana")
        let ben = try loader.addLearner(name: "Ben")
        let bens = try loader.addLicense(LedgerFixture.profile(), learnerID: ben)
        _ = try loader.addCompletion(
          LedgerFixture.completion(learnerID: ana), credits: [(bens, LedgerFixture.credit())])
      }
    }
    #expect(error?.code == .invalidValue)
    #expect(try ledger.learners().isEmpty)
  }

  @Test func licenseScanMatchesPerLicenseLookups() throws {
    let ledger = try populate(LedgerFixture(), bulk: true)
    var scanned: [(LicenseKey, [EarnedCredit])] = []
    try ledger.forEachLicense { license, credits in scanned.append((license.key, credits)) }
    #expect(scanned.map(\.0.description) == ["tx-bon:RN:111", "fl-bon:RN:222"])
    for (key, credits) in scanned {
      #expect(credits == (try ledger.credits(for: key)))
      #expect(credits.map(\.completedOn.description) == ["2025-12-01", "2026-01-10"])
    }
    var florida: [String] = []
    try ledger.forEachLicense(board: "fl-bon") { license, credits in
      florida.append("\(license.key) \(credits.count)")
    }
    #expect(florida == ["fl-bon:RN:222 2"])
  }
}
