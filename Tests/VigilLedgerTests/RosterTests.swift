import Testing
import VigilBase
import VigilBoards
import VigilLedger

/// The board's roster: added, updated with an event, left alone when unchanged; one transaction.
@Suite struct RosterTests {
  private struct Stop: Error {}

  @Test func reimportingUpdatesOnlyWhatChanged() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    var changes: [RosterChange] = []
    let first = try ledger.importRoster { roster in
      changes.append(try roster.put(BoardFixture.rostered("100001")))
      changes.append(try roster.put(BoardFixture.rostered("100002", name: "Ben Example")))
    }
    #expect(changes == [.added, .added])
    #expect(first == RosterImportSummary(added: 2, updated: 0, unchanged: 0))
    var renewed = BoardFixture.rostered("100002", name: "Ben Q. Example")
    renewed.profile.expires = LedgerFixture.date("2029-01-31")
    changes = []
    let second = try ledger.importRoster { roster in
      changes.append(try roster.put(BoardFixture.rostered("100001")))
      changes.append(try roster.put(renewed))
      changes.append(try roster.put(BoardFixture.rostered("100003", type: "lvn")))
    }
    #expect(changes == [.unchanged, .updated, .added])
    #expect(second == RosterImportSummary(added: 1, updated: 1, unchanged: 1))
    #expect(try ledger.rosterLicense(LicenseKey(parsing: "tx-bon:RN:100002")) == renewed)
    #expect(try ledger.rosterLicense(LicenseKey(parsing: "tx-bon:LVN:100003"))?.profile.licenseType == "LVN")
    #expect(try ledger.rosterCount(board: "tx-bon") == 3)
    #expect(
      try fixture.sqlite("SELECT kind, key FROM events WHERE kind LIKE 'roster.%' ORDER BY seq")
        == "roster.licensed/1|roster/1/licensed\nroster.licensed/1|roster/2/licensed\n"
        + "roster.updated/1|roster/2/updated/4\nroster.licensed/1|roster/3/licensed\n")
    #expect(try ledger.verify().isIntact)
  }

  @Test func aLicenseGivenTwiceStoresNothing() throws {
    let ledger = try LedgerFixture().open()
    let error = try #require(#expect(throws: LedgerError.self) {
      _ = try ledger.importRoster { roster in
        _ = try roster.put(BoardFixture.rostered("100001"))
        _ = try roster.put(BoardFixture.rostered("100002"))
        _ = try roster.put(BoardFixture.rostered("100001", name: "Someone Else"))
      }
    })
    #expect(error.code == .duplicate && error.message == "license tx-bon:RN:100001 is given twice")
    #expect(try ledger.rosterCount(board: "tx-bon") == 0)
  }

  @Test func theCallersOwnErrorComesBackAndNothingIsStored() throws {
    let ledger = try LedgerFixture().open()
    #expect(throws: Stop.self) {
      _ = try ledger.importRoster { roster in
        _ = try roster.put(BoardFixture.rostered("100001"))
        throw Stop()
      }
    }
    #expect(try ledger.rosterCount(board: "tx-bon") == 0)
  }

  @Test func badValuesAreRefusedWithTheirReason() throws {
    let ledger = try LedgerFixture().open()
    var early = BoardFixture.rostered("100001")
    early.profile.issued = LedgerFixture.date("2030-01-01")
    let unnamed = BoardFixture.rostered("100002", name: " \t ")
    var badAttribute = BoardFixture.rostered("100003")
    badAttribute.profile.attributes = ["Direct Care"]
    let cases: [(RosterLicense, String)] = [
      (early, "license tx-bon:RN:100001 is issued on 2030-01-01, after it expires on 2027-01-31"),
      (unnamed, "the holder name is empty; give the licensee's name as the board's records show it"),
      (badAttribute, "attribute 'Direct Care' is not an id: use lowercase letters and digits joined by hyphens, e.g. direct-patient-care"),
    ]
    for (license, message) in cases {
      let error = try #require(#expect(throws: LedgerError.self) {
        _ = try ledger.importRoster { roster in _ = try roster.put(license) }
      })
      #expect(error.code == .invalidValue && error.message == message)
    }
  }
}
