import Foundation
import Testing
import VigilTestSupport

/// End to end: `vigil board compliance` on the small Texas BON board of ``BoardHome``, in each format,
/// with the shortfalls worked out by hand from `Boards/tx-bon.xml` (20 ANCC hours per cycle; the HHSC
/// trafficking course for direct patient care, which does not add to the 20; 2 hours of jurisprudence and
/// ethics every third cycle, due when the issue date is unknown, not due in the LVN's first cycle):
/// - RN 100001: 20 h through ANCC, one of them on jurisprudence, and the HHSC course: compliant;
/// - RN 100002: 10 h in the cycle (the 2024 course is in the cycle before), no trafficking course, no
///   jurisprudence hours: 10 h, the course and 2 h short;
/// - RN 100003 (no direct patient care): nothing: 20 h and 2 h short;
/// - LVN 200001: 21 h, imported `--unsigned`: compliant, unverified;
/// - RN 999999 is not on the roster: listed apart, unverified.
@Suite struct BoardComplianceCommandTests {
  private func compliance(_ home: TemporaryDirectory, _ extra: [String] = []) throws -> CommandResult {
    try CommandRunner.vigil(
      ["board", "compliance", "--board", "tx-bon", "--cycle-ending", "2027-01-31", "--home", home.path, "--boards",
       Repository.path("Boards")] + extra)
  }

  @Test func textListsEveryLicenseeTheirShortfallsAndTheSummary() throws {
    let result = try compliance(try BoardHome.make())
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output == """
        Texas Board of Nursing (tx-bon): each licensee's renewal cycle containing 2027-01-31
        LVN 200001  Cy Example  2025-02-01 to 2027-01-31  compliant  [1 record counted unverified: imported with --unsigned]
        RN 100001  Ana Example  2025-02-01 to 2027-01-31  compliant
        RN 100002  =HYPERLINK("http://x")  2025-02-01 to 2027-01-31  not compliant: Continuing nursing education in your area of practice 10.0 h short; Human trafficking prevention (Texas HHSC-approved) not done; Nursing jurisprudence and ethics 2.0 h short
        RN 100003  @SUM(1+1)  2025-02-01 to 2027-01-31  not compliant: Continuing nursing education in your area of practice 20.0 h short; Nursing jurisprudence and ethics 2.0 h short

        Records for licenses not on the roster (not evaluated: the roster holds their expiry and practice):
          RN 999999  Zed Example  2026-02-01  Course z1 1  ANCC ANCC-1  1.0 h  certificate CERT-z1  from acme-ce  [unverified: imported with --unsigned]

        2 of 4 compliant

        """)
  }

  private static let expectedCSV = [
    "board,license_type,license_number,holder_name,cycle_start,cycle_end,compliant,rule_kind,rule_id,rule_title,status,earned_hours,required_hours,shortfall_hours,unverified_records",
    "tx-bon,LVN,200001,Cy Example,2025-02-01,2027-01-31,yes,total,tx-total,Continuing nursing education in your area of practice,met,21.0,20.0,0.0,1",
    "tx-bon,LVN,200001,Cy Example,2025-02-01,2027-01-31,yes,requirement,tx-jurisprudence-ethics,Nursing jurisprudence and ethics,not-due,0.0,0.0,0.0,1",
    "tx-bon,RN,100001,Ana Example,2025-02-01,2027-01-31,yes,total,tx-total,Continuing nursing education in your area of practice,met,20.0,20.0,0.0,0",
    "tx-bon,RN,100001,Ana Example,2025-02-01,2027-01-31,yes,requirement,tx-human-trafficking,Human trafficking prevention (Texas HHSC-approved),met,1.0,0.0,0.0,0",
    "tx-bon,RN,100001,Ana Example,2025-02-01,2027-01-31,yes,requirement,tx-jurisprudence-ethics,Nursing jurisprudence and ethics,met,20.0,2.0,0.0,0",
    "tx-bon,RN,100002,\"'=HYPERLINK(\"\"http://x\"\")\",2025-02-01,2027-01-31,no,total,tx-total,Continuing nursing education in your area of practice,unmet,10.0,20.0,10.0,0",
    "tx-bon,RN,100002,\"'=HYPERLINK(\"\"http://x\"\")\",2025-02-01,2027-01-31,no,requirement,tx-human-trafficking,Human trafficking prevention (Texas HHSC-approved),unmet,0.0,0.0,0.0,0",
    "tx-bon,RN,100002,\"'=HYPERLINK(\"\"http://x\"\")\",2025-02-01,2027-01-31,no,requirement,tx-jurisprudence-ethics,Nursing jurisprudence and ethics,unmet,0.0,2.0,2.0,0",
    "tx-bon,RN,100003,'@SUM(1+1),2025-02-01,2027-01-31,no,total,tx-total,Continuing nursing education in your area of practice,unmet,0.0,20.0,20.0,0",
    "tx-bon,RN,100003,'@SUM(1+1),2025-02-01,2027-01-31,no,requirement,tx-jurisprudence-ethics,Nursing jurisprudence and ethics,unmet,0.0,2.0,2.0,0",
    "tx-bon,RN,999999,Zed Example,,,,record,CERT-z1,Course z1 1,not-on-roster,1.0,,,1",
  ].map { $0 + "\r\n" }.joined()

  @Test func csvIsOneNeutralisedTableAndTheSummaryGoesToStandardError() throws {
    let result = try compliance(try BoardHome.make(), ["--format", "csv"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == Self.expectedCSV)
    #expect(result.error == "2 of 4 compliant\n")
  }

  @Test func jsonIsOneDocumentInMinutes() throws {
    let result = try compliance(try BoardHome.make(), ["--format", "json"])
    #expect(result.status == 0, "\(result.error)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(document["board"] as? String == "tx-bon" && document["cycleEnding"] as? String == "2027-01-31")
    let licensees = try #require(document["licensees"] as? [[String: Any]])
    #expect(licensees.map { $0["license"] as? String } == ["tx-bon:LVN:200001", "tx-bon:RN:100001", "tx-bon:RN:100002", "tx-bon:RN:100003"])
    #expect(licensees.map { $0["compliant"] as? Bool } == [true, true, false, false])
    #expect(licensees.map { $0["unverifiedRecords"] as? Int } == [1, 0, 0, 0])
    #expect(licensees[2]["holder"] as? String == "=HYPERLINK(\"http://x\")")
    let rules = try #require(licensees[2]["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["tx-total", "tx-human-trafficking", "tx-jurisprudence-ethics"])
    #expect(rules.map { $0["shortfallMinutes"] as? Int } == [600, 0, 120])
    #expect(rules.map { $0["status"] as? String } == ["unmet", "unmet", "unmet"])
    let offRoster = try #require(document["offRoster"] as? [[String: Any]])
    #expect(offRoster.count == 1 && offRoster[0]["license"] as? String == "tx-bon:RN:999999")
    #expect(offRoster[0]["verified"] as? Bool == false && offRoster[0]["countedMinutes"] as? Int == 60)
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(summary["text"] as? String == "2 of 4 compliant" && summary["licensees"] as? Int == 4)
    #expect(summary["compliant"] as? Int == 2 && summary["offRosterRecords"] as? Int == 1)
  }

  /// Python's csv module (an independent RFC 4180 reader) reads the same table; the formula-like names
  /// come with their neutralising `'`, which is all that stands between them and a spreadsheet.
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func pythonsCSVModuleReadsTheTable() throws {
    let home = try BoardHome.make()
    let csv = try compliance(home, ["--format", "csv"])
    let file = home.write("compliance.csv", csv.output)
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as f:
          rows = list(csv.DictReader(f))
      print(json.dumps([[r["license_number"], r["holder_name"], r["rule_id"], r["earned_hours"], r["shortfall_hours"]] for r in rows]))
      """
    let result = try CommandRunner.run("python3", ["-c", script, file])
    #expect(result.status == 0, "\(result.error)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
    #expect(rows.count == 11)
    #expect(rows[5] == ["100002", "'=HYPERLINK(\"http://x\")", "tx-total", "10.0", "10.0"])
    #expect(rows[8] == ["100003", "'@SUM(1+1)", "tx-total", "0.0", "20.0"])
    #expect(rows[10] == ["999999", "Zed Example", "CERT-z1", "1.0", ""])
  }

  @Test(arguments: [
    (["--board", "xx-bon", "--cycle-ending", "2027-01-31"], "there is no board 'xx-bon'"),
    (["--board", "tx-bon", "--cycle-ending", "2027-02-30"], "cycle-ending"),
    (["--board", "tx-bon", "--cycle-ending", "0001-01-01"], "--cycle-ending 0001-01-01 is outside the years"),
    (["--board", "tx-bon", "--cycle-ending", "9999-12-31"], "--cycle-ending 9999-12-31 is outside the years"),
    (["--board", "tx-bon", "--cycle-ending", "2027-01-31", "--format", "xml"], "format"),
  ])
  func badArgumentsExitWithTwo(arguments: [String], expected: String) throws {
    let home = try BoardHome.make()
    let result = try CommandRunner.vigil(
      ["board", "compliance", "--home", home.path, "--boards", Repository.path("Boards")] + arguments)
    #expect(result.status == 2, "\(result.output)")
    #expect(result.error.contains(expected), "\(result.error)")
  }
}
