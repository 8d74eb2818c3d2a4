import Foundation
import Testing
import VigilTestSupport

/// `vigil export --format cebroker-csv` and `--overdue` end to end, for a Florida RN who passed a course
/// registered with CE Broker on 2026-11-18 (UTC).
@Suite struct ExportCEBrokerCommandTests {
  /// The row written by hand from CE Broker's columns: provider 50-4242 and course 20-98765 without
  /// their prefixes, no own id or publishing number, the license, 11/18/2026, State=FL, Profession=RN,
  /// full credit (no subject area or hours).
  static let row = "4242,98765,,,RN1234567,11/18/2026,State=FL,Profession=RN,,\r\n"

  @Test func theRosterHasTheHandComputedRowAndIsNotSentTwice() throws {
    let provider = try ExportHome.florida()
    let roster = provider.home.appending("roster.csv")
    let export = try provider.vigil(
      ["export", "--board", "fl-bon", "--format", "cebroker-csv", "--course", provider.course.path, "--out", roster])
    #expect(export.status == 0, "\(export.error)")
    #expect(try String(contentsOfFile: roster, encoding: .utf8) == Self.row)
    if CommandRunner.isInstalled("python3") {
      let read = try CommandRunner.run(
        "python3", ["-c", "import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline=''))); print(len(rows), len(rows[0]), rows[0][5], rows[0][7])", roster])
      #expect(read.output == "1 10 11/18/2026 Profession=RN\n", "\(read.output)\(read.error)")
    }
    let again = provider.home.appending("roster-2.csv")
    let second = try provider.vigil(
      ["export", "--board", "fl-bon", "--format", "cebroker-csv", "--course", provider.course.path, "--out", again])
    #expect(second.status == 0, "\(second.error)")
    #expect(second.error.contains("note: 1 credit already sent in an earlier cebroker-csv batch left out"), "\(second.error)")
    #expect(try String(contentsOfFile: again, encoding: .utf8).isEmpty)
    let preview = try provider.vigil(
      ["export", "--board", "fl-bon", "--format", "csv"])
    #expect(preview.status == 0 && preview.output.contains(provider.certificate), "other formats still export it")
  }

  @Test func aRevokedCertificateIsLeftOutAndSaidSo() throws {
    let provider = try ExportHome.florida()
    #expect(try provider.vigil(["certificate", "revoke", provider.certificate, "--reason", "issued in error"]).status == 0)
    let result = try provider.vigil(
      ["export", "--board", "fl-bon", "--format", "cebroker-csv", "--course", provider.course.path])
    #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    #expect(result.error.contains("1 revoked certificate's credit left out: a CE Broker roster cannot withdraw a completion"))
  }

  /// A certificate re-issued after a corrected name (not a roster column) repeats no row: CE Broker
  /// could neither edit nor delete the first.
  @Test func aCorrectedNameSendsNoSecondRow() throws {
    let provider = try ExportHome.florida()
    let first = try provider.vigil(["export", "--board", "fl-bon", "--format", "jsonl"]).output.split(separator: "\n")
    #expect(try provider.vigil(["learner", "update", "1", "--name", "Ana María Díaz"]).status == 0)
    let reissue = try provider.vigil(["certificate", "reissue", provider.certificate])
    #expect(reissue.status == 0, "\(reissue.error)")
    let both = try provider.vigil(["export", "--board", "fl-bon", "--format", "jsonl"]).output.split(separator: "\n")
    #expect(!first.isEmpty && both.count == 2 * first.count, "both editions travel in formats that carry the name")
    let result = try provider.vigil(
      ["export", "--board", "fl-bon", "--format", "cebroker-csv", "--course", provider.course.path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == Self.row)
  }

  /// What the data lacks stops the export with a line that names it, and writes nothing.
  @Test func missingNumbersAndCodesAreRefused() throws {
    let nurse = try ExportHome.florida(type: "LPN")
    let roster = nurse.home.appending("roster.csv")
    let lpn = try nurse.vigil(
      ["export", "--board", "fl-bon", "--format", "cebroker-csv", "--course", nurse.course.path, "--out", roster])
    #expect(lpn.status == 2, "\(lpn.error)")
    #expect(lpn.error.contains("board fl-bon's file gives no CE Broker profession code for license type LPN"), "\(lpn.error)")
    #expect(!FileManager.default.fileExists(atPath: roster))
    let noPackage = try nurse.vigil(["export", "--board", "fl-bon", "--format", "cebroker-csv"])
    #expect(noPackage.status == 2 && noPackage.error.contains("pass it with --course PATH"), "\(noPackage.error)")
    let texas = try ExportHome.texas()
    let noCodes = try texas.vigil(["export", "--board", "tx-bon", "--format", "cebroker-csv"])
    #expect(noCodes.status == 2 && noCodes.error.contains("board tx-bon's file gives no CE Broker codes"), "\(noCodes.error)")
    let misuse = try texas.vigil(["export", "--board", "tx-bon", "--format", "csv", "--course", texas.course.path])
    #expect(misuse.status == 2 && misuse.error.contains("--course is for --format cebroker-csv"), "\(misuse.error)")
  }

  @Test func overdueFollowsFloridasThirtyDays() throws {
    let provider = try ExportHome.florida()
    let day: Int64 = 86_400
    // 2026-12-18 is the 30th day after 2026-11-18: the last day to report.
    provider.set(ExportHome.completedAt + 30 * day)
    let onTime = try provider.vigil(["export", "--board", "fl-bon", "--overdue"])
    #expect(onTime.status == 0, "\(onTime.error)")
    #expect(
      onTime.output
        == "fl-bon: completions are reported within 30 days of the completion day (Rule 64B-5.002(2)(a), F.A.C.); "
        + "today is 2026-12-18\n0 overdue; 1 record not yet exported\n")
    provider.set(ExportHome.completedAt + 31 * day)
    let late = try provider.vigil(["export", "--board", "fl-bon", "--overdue"])
    #expect(
      late.output.split(separator: "\n").dropFirst().joined(separator: "\n")
        == "overdue since 2026-12-18 (1 day late): certificate \(provider.certificate), Ana Díaz, RN RN1234567, "
        + "sample-minimal 1.0.0 via FL-BON FL-0001, completed 2026-11-18\n1 overdue; 1 record not yet exported",
      "\(late.output)")
    let json = try provider.vigil(["export", "--board", "fl-bon", "--overdue", "--format", "json"])
    #expect(json.status == 0, "\(json.error)")
    #expect((try? JSONSerialization.jsonObject(with: Data(json.output.utf8))) != nil, "one JSON document")
    try GoldenFile.expect(
      "export-overdue.json", json.output.replacingOccurrences(of: provider.certificate, with: "VC-0000-0000-0000"))

    let roster = provider.home.appending("roster.csv")
    #expect(
      try provider.vigil(
        ["export", "--board", "fl-bon", "--format", "cebroker-csv", "--course", provider.course.path, "--out", roster]
      ).status == 0)
    let sent = try provider.vigil(["export", "--board", "fl-bon", "--overdue"])
    #expect(sent.output.hasSuffix("today is 2026-12-19\n0 overdue; 0 records not yet exported\n"), "\(sent.output)")
  }

  @Test func aBoardWithoutAWindowSaysSoAndListsNothing() throws {
    let provider = try ExportHome.texas()
    let text = try provider.vigil(["export", "--board", "tx-bon", "--overdue"])
    #expect(text.status == 0 && text.output == "tx-bon sets no reporting window; nothing is overdue by rule\n", "\(text.output)")
    let json = try provider.vigil(["export", "--board", "tx-bon", "--overdue", "--format", "json"])
    #expect(json.status == 0 && json.output.contains(#""windowDays": null"#), "\(json.output)")
    let misuse = try provider.vigil(["export", "--board", "tx-bon", "--overdue", "--out", "x.csv"])
    #expect(misuse.status == 2 && misuse.error.contains("--overdue lists what is due"), "\(misuse.error)")
    let noFormat = try provider.vigil(["export", "--board", "tx-bon"])
    #expect(noFormat.status == 2 && noFormat.error.contains("give --format"), "\(noFormat.error)")
    let badFormat = try provider.vigil(["export", "--board", "tx-bon", "--format", "pdf"])
    #expect(badFormat.status == 2 && badFormat.error.contains("is not a format"), "\(badFormat.error)")
  }
}
