import Testing
import VigilBoards
import VigilLedger

/// Learners and licenses: adding, finding by key, and refusing malformed or duplicate values.
@Suite struct LearnerLicenseTests {
  @Test func addsAndFindsLearnersAndLicenses() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "  Ana Ruiz ", email: "ana@example.org", birthday: MonthDay("02-29"))
    #expect(ana == Learner(id: 1, name: "Ana Ruiz", email: "ana@example.org", birthday: MonthDay(month: 2, day: 29)))
    let license = try ledger.addLicense(LedgerFixture.profile(board: "TX-BON", type: "rn"), learnerID: ana.id)
    #expect(license.key.description == "tx-bon:RN:123456")
    #expect(license.profile.boardID == "tx-bon" && license.profile.licenseType == "RN")
    #expect(license.profile.attributes == ["direct-patient-care"])
    #expect(try ledger.license(LicenseKey(parsing: "tx-bon:RN:123456")) == license)
    #expect(try ledger.licenses(learnerID: ana.id) == [license])
    #expect(try ledger.license(LicenseKey(parsing: "tx-bon:RN:999")) == nil)
    #expect(try ledger.learner(id: 2) == nil)
  }

  @Test func aLearnerAndTheirLicensesAreStoredTogetherOrNotAtAll() throws {
    let ledger = try LedgerFixture().open()
    let error = #expect(throws: LedgerError.self) {
      try ledger.addLearner(name: "Ana Ruiz", licenses: [LedgerFixture.profile(), LedgerFixture.profile("12 34")])
    }
    #expect(error?.code == .invalidValue)
    #expect(try ledger.learner(id: 1) == nil)
    #expect(try ledger.license(LicenseKey(parsing: "tx-bon:RN:123456")) == nil)

    let ana = try ledger.addLearner(name: "Ana Ruiz", licenses: [LedgerFixture.profile()])
    #expect(ana.id == 1)
    #expect(try ledger.licenses(learnerID: ana.id).map(\.key.description) == ["tx-bon:RN:123456"])
  }

  @Test func duplicateLicenseIsRefused() throws {
    let ledger = try LedgerFixture().open()
    let first = try ledger.addLearner(name: "Ana Ruiz")
    let second = try ledger.addLearner(name: "Ben Okafor")
    try ledger.addLicense(LedgerFixture.profile(), learnerID: first.id)
    let error = #expect(throws: LedgerError.self) {
      try ledger.addLicense(LedgerFixture.profile(), learnerID: second.id)
    }
    #expect(error?.code == .duplicate)
    #expect(try ledger.licenses(learnerID: second.id).isEmpty)
  }

  @Test(arguments: [
    "", "tx-bon", "tx-bon:RN", "tx bon:RN:1", "tx_bon:RN:1", "tx--bon:RN:1", "-tx:RN:1", "tx-bon::1",
    "tx-bon:RN:", "tx-bon:RN:12 34", "a:b:c:d", "tx-bon:RN:/", "tx-bon:RN:-", "tx-bon:RN:..", "tx-bon:RN:-./",
  ])
  func malformedLicenseKeysAreRefused(text: String) {
    let error = #expect(throws: LedgerError.self) { try LicenseKey(parsing: text) }
    #expect(error?.code == .invalidValue)
  }

  @Test func malformedLearnersAreRefused() throws {
    let ledger = try LedgerFixture().open()
    for (name, email) in [
      ("", nil), ("   ", nil), ("Ana\nRuiz", nil), ("Ana", "ana"), ("Ana", "ana@example"),
      ("Ana", "a na@example.org"), ("Ana", "@example.org"),
    ] as [(String, String?)] {
      let error = #expect(throws: LedgerError.self) { try ledger.addLearner(name: name, email: email) }
      #expect(error?.code == .invalidValue)
    }
    #expect(try ledger.learners().isEmpty)
    #expect(try ledger.verify().eventCount == 0)
  }

  @Test func malformedLicensesAreRefused() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    var issuedLate = LedgerFixture.profile()
    issuedLate.issued = LedgerFixture.date("2028-01-01")
    var badAttribute = LedgerFixture.profile()
    badAttribute.attributes = ["Direct Patient Care"]
    for profile in [issuedLate, badAttribute, LedgerFixture.profile(board: "tx/bon"), LedgerFixture.profile("")] {
      let error = #expect(throws: LedgerError.self) { try ledger.addLicense(profile, learnerID: ana.id) }
      #expect(error?.code == .invalidValue)
    }
    let missing = #expect(throws: LedgerError.self) { try ledger.addLicense(LedgerFixture.profile(), learnerID: 7) }
    #expect(missing?.code == .notFound)
    #expect(try ledger.licenses(learnerID: ana.id).isEmpty)
  }

  @Test func monthDaysParseOnlyRealDays() {
    #expect(MonthDay("02-29")?.description == "02-29")
    for text in ["2-29", "02-30", "13-01", "00-10", "04-31", "0229", "02-2x", "+2-01"] {
      #expect(MonthDay(text) == nil)
    }
  }
}
