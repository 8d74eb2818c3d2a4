import Testing
import VigilBoards
import VigilGrading
import VigilLedger

/// Completions with their credits, and listing a license's credits for board rules.
@Suite struct CompletionCreditTests {
  @Test func recordsACompletionWithCreditsForEachLicense() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let texas = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    let florida = try ledger.addLicense(LedgerFixture.profile("RN9876", board: "fl-bon"), learnerID: ana.id)
    let completion = try ledger.recordCompletion(
      LedgerFixture.completion(learnerID: ana.id),
      credits: [
        LicenseCredits(
          license: texas.key,
          credits: [LedgerFixture.credit(), LedgerFixture.credit(approver: "ANCC", minutes: 90, topics: [])]),
        LicenseCredits(license: florida.key, credits: [LedgerFixture.credit(approver: "FL-BON", minutes: 120)]),
      ])
    #expect(completion.credits.map(\.license) == [texas.key, texas.key, florida.key])
    #expect(completion.credits.map(\.minutes) == [60, 90, 120])
    #expect(try ledger.completion(id: completion.id) == completion)
    #expect(
      try ledger.credits(for: texas.key) == [
        LedgerFixture.credit(), LedgerFixture.credit(approver: "ANCC", minutes: 90, topics: []),
      ])
    #expect(try ledger.credits(for: florida.key).map(\.approver) == ["FL-BON"])
    let report = try ledger.verify()
    // Events: ledger created, Ana, two licenses, the completion and its three credits; rows the same.
    #expect(report.isIntact && report.eventCount == 8 && report.recordCount == 8)
  }

  @Test func creditsComeSortedByDay() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    for day in ["2026-05-01", "2025-11-30", "2026-01-15"] {
      try ledger.recordCompletion(
        LedgerFixture.completion(learnerID: ana.id, on: day),
        credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit(on: day)])])
    }
    #expect(
      try ledger.credits(for: license.key).map(\.completedOn.description) == ["2025-11-30", "2026-01-15", "2026-05-01"])
    #expect(
      try ledger.completions(learnerID: ana.id).map(\.completedOn.description) == [
        "2025-11-30", "2026-01-15", "2026-05-01",
      ])
  }

  @Test func completionFromAPassedAttempt() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: ana.id))
    let award = [LicenseCredits(license: license.key, credits: [LedgerFixture.credit()])]
    let open = #expect(throws: LedgerError.self) {
      try ledger.recordCompletion(LedgerFixture.completion(learnerID: ana.id, attemptID: attempt.id), credits: award)
    }
    #expect(open?.code == .invalidValue)
    try ledger.finishAttempt(
      id: attempt.id, grade: LedgerFixture.grade(), finishedAt: Timestamp(secondsSinceEpoch: 1_780_000_500))
    let completion = try ledger.recordCompletion(
      LedgerFixture.completion(learnerID: ana.id, attemptID: attempt.id), credits: award)
    #expect(completion.attemptID == attempt.id)
    let twice = #expect(throws: LedgerError.self) {
      try ledger.recordCompletion(LedgerFixture.completion(learnerID: ana.id, attemptID: attempt.id), credits: award)
    }
    #expect(twice?.code == .duplicate)
  }

  @Test func refusesCreditsThatDoNotBelong() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let ben = try ledger.addLearner(name: "Ben Okafor")
    let anas = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    let bens = try ledger.addLicense(LedgerFixture.profile("777"), learnerID: ben.id)
    let cases: [([LicenseCredits], LedgerError.Code)] = [
      ([LicenseCredits(license: bens.key, credits: [LedgerFixture.credit()])], .invalidValue),
      ([LicenseCredits(license: anas.key, credits: [LedgerFixture.credit(on: "2026-03-03")])], .invalidValue),
      ([LicenseCredits(license: anas.key, credits: [LedgerFixture.credit(minutes: 0)])], .invalidValue),
      (
        [LicenseCredits(license: anas.key, credits: [LedgerFixture.credit(topics: ["Human Trafficking"])])],
        .invalidValue
      ),
      ([LicenseCredits(license: anas.key, credits: [LedgerFixture.credit(), LedgerFixture.credit()])], .duplicate),
      (
        [LicenseCredits(license: try LicenseKey(parsing: "tx-bon:RN:404"), credits: [LedgerFixture.credit()])],
        .notFound
      ),
    ]
    for (awards, code) in cases {
      let error = #expect(throws: LedgerError.self) {
        try ledger.recordCompletion(LedgerFixture.completion(learnerID: ana.id), credits: awards)
      }
      #expect(error?.code == code, "\(String(describing: error))")
    }
    var badPercent = LedgerFixture.completion(learnerID: ana.id)
    badPercent.percent = .nan
    #expect(throws: LedgerError.self) { try ledger.recordCompletion(badPercent, credits: []) }
    #expect(try ledger.completions(learnerID: ana.id).isEmpty)
    #expect(try ledger.credits(for: anas.key).isEmpty)
  }

  @Test func creditsForAnUnknownLicenseIsNotFound() throws {
    let ledger = try LedgerFixture().open()
    let error = #expect(throws: LedgerError.self) { try ledger.credits(for: LicenseKey(parsing: "tx-bon:RN:1")) }
    #expect(error?.code == .notFound)
  }
}
