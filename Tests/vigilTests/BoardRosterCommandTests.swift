import Foundation
import Testing
import VigilTestSupport

/// End to end: `vigil board roster import`, re-imported, and a file whose last line is bad.
@Suite struct BoardRosterCommandTests {
  private func importRoster(_ file: String, _ home: TemporaryDirectory) throws -> CommandResult {
    try CommandRunner.vigil(["board", "roster", "import", file, "--home", home.path, "--boards", Repository.path("Boards")])
  }

  private func events(_ home: TemporaryDirectory) throws -> String {
    try CommandRunner.run("sqlite3", [home.appending("ledger.sqlite"), "SELECT count(*) FROM events"]).output
  }

  @Test func reimportingSaysWhatChangedAndABadLastLineImportsNothing() throws {
    let home = TemporaryDirectory()
    let first = try importRoster(home.write("roster.csv", BoardHome.roster), home)
    #expect(first.status == 0, "\(first.error)")
    #expect(first.output == "roster imported from \(home.appending("roster.csv")): 4 added, 0 updated, 0 unchanged\n")

    let renewed = BoardHome.roster.replacingOccurrences(of: "100001,Ana Example,2027-01-31", with: "100001,Ana Example,2029-01-31")
    let second = try importRoster(home.write("renewed.csv", renewed), home)
    #expect(second.output == "roster imported from \(home.appending("renewed.csv")): 0 added, 1 updated, 3 unchanged\n")
    let before = try events(home)
    #expect(before == "6\n")  // ledger.created, 4 roster.licensed, 1 roster.updated

    let bad = home.write("bad.csv", renewed + "tx-bon,RN,100009,New Person,2027-01-31,,\r\n" + "tx-bon,RN,100010,Last Person,2027-13-01,,\r\n")
    let refused = try importRoster(bad, home)
    #expect(refused.status == 1)
    #expect(
      refused.error
        == "error: \(bad) line 7: the expires date '2027-13-01' is not a date; write it YYYY-MM-DD, e.g. 2027-01-31; "
        + "nothing was imported\n")
    #expect(refused.output.isEmpty)
    #expect(try events(home) == before)
    let rows = try CommandRunner.run("sqlite3", [home.appending("ledger.sqlite"), "SELECT count(*) FROM roster_licenses"])
    #expect(rows.output == "4\n")
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", home.path])
    #expect(verify.status == 0, "\(verify.output)")
  }

  @Test func aMissingFileIsAnEnvironmentError() throws {
    let home = TemporaryDirectory()
    let result = try importRoster(home.appending("missing.csv"), home)
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: cannot open \(home.appending("missing.csv"))"), "\(result.error)")
  }
}
