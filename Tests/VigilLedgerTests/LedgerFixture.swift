import Foundation
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger
import VigilTestSupport

/// A ledger in a fresh temporary folder, with a fixed clock, and sample values to put in it.
struct LedgerFixture {
  /// The folder (removed when the fixture is released).
  let directory = TemporaryDirectory()
  /// The ledger's path.
  var path: String { VigilHome(path: directory.path).ledgerPath }

  /// Opens (creating) the ledger; events are recorded at a fixed instant.
  func open(mode: Ledger.OpenMode = .create) throws -> Ledger {
    try Ledger(path: path, mode: mode, clock: { 1_780_000_000 })
  }

  /// Runs the sqlite3 shell on the ledger and returns its output.
  @discardableResult
  func sqlite(_ sql: String, path: String? = nil) throws -> String {
    let result = try CommandRunner.run("/usr/bin/sqlite3", [path ?? self.path, sql])
    guard result.status == 0 else { throw FixtureError("sqlite3 failed: \(result.error)") }
    return result.output
  }

  /// Runs `sql` behind the ledger's back as someone who knows its schema would: drops every trigger,
  /// runs the edit, and puts the same triggers back, so the schema check still passes and only the
  /// chain can tell.
  func tamper(_ sql: String) throws {
    let names = try sqlite("SELECT name FROM sqlite_master WHERE type = 'trigger'").split(separator: "\n")
    let definitions = try sqlite("SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger'")
    try sqlite(names.map { "DROP TRIGGER \($0);" }.joined() + sql + ";" + definitions)
  }

  /// Rewrites the chain as anyone who can write the file can (without the provider's key): replaces
  /// `old` by `new` in the body of event `seq` (every event when nil), then recomputes every event's
  /// hash and link. Without `seq`, `old` must occur in exactly one event's body.
  func rewriteChain(seq: Int? = nil, replacing old: String, with new: String) throws {
    let script = """
      import hashlib, sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      seq, old, new = int(sys.argv[2]), sys.argv[3], sys.argv[4]
      assert seq != 0 or db.execute("SELECT count(*) FROM events WHERE instr(body, ?)", (old,)).fetchone()[0] == 1
      triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
      for name, _ in triggers: db.execute(f"DROP TRIGGER {name}")
      previous = bytes(32)
      for number, body in db.execute("SELECT seq, body FROM events ORDER BY seq").fetchall():
          if seq in (0, number): body = body.replace(old, new)
          event_hash = hashlib.sha256(body.encode()).hexdigest()
          link = hashlib.sha256(previous + bytes.fromhex(event_hash)).hexdigest()
          db.execute("UPDATE events SET body = ?, event_hash = ?, link = ? WHERE seq = ?", (body, event_hash, link, number))
          previous = bytes.fromhex(link)
      for _, sql in triggers: db.execute(sql)
      db.commit()
      """
    let result = try CommandRunner.run("python3", ["-c", script, path, String(seq ?? 0), old, new])
    guard result.status == 0 else { throw FixtureError("rewriting the chain failed: \(result.error)") }
  }

  /// A Texas RN license profile.
  static func profile(_ number: String = "123456", board: String = "tx-bon", type: String = "RN") -> LicenseProfile {
    LicenseProfile(
      boardID: board, licenseType: type, number: number, expires: date("2027-01-31"), issued: date("2019-02-01"),
      attributes: ["direct-patient-care"])
  }

  /// A completion of the human-trafficking course.
  static func completion(learnerID: Int64, on day: String = "2026-03-02", attemptID: Int64? = nil) -> NewCompletion {
    NewCompletion(
      learnerID: learnerID, courseID: "human-trafficking-healthcare", courseVersion: "1.0",
      courseTitle: "Human Trafficking in Health Care", completedOn: date(day), attemptID: attemptID, percent: 90)
  }

  /// A credit for ``completion(learnerID:on:attemptID:)``.
  static func credit(
    on day: String = "2026-03-02", approver: String = "TX-HHSC", minutes: Int = 60,
    topics: Set<String> = ["human-trafficking"]
  ) -> EarnedCredit {
    EarnedCredit(
      courseID: "human-trafficking-healthcare", courseVersion: "1.0", courseTitle: "Human Trafficking in Health Care",
      completedOn: date(day), approver: approver, approvalNumber: "HT-2026-01", minutes: minutes, topics: topics)
  }

  /// A realised attempt presenting questions `q1`…`qN`.
  static func realised(questions: Int = 3, seed: UInt64 = 42) -> RealisedAttempt {
    RealisedAttempt(
      quizID: "final", seed: seed,
      questions: (1...questions).map {
        PresentedQuestion(questionID: "q\($0)", sectionID: "main", choiceOrder: ["a", "b"])
      })
  }

  /// An attempt to start for a learner.
  static func newAttempt(learnerID: Int64, questions: Int = 3) -> NewAttempt {
    NewAttempt(
      learnerID: learnerID, courseID: "human-trafficking-healthcare", courseVersion: "1.0", contentDigest: "sha256:abc",
      attempt: realised(questions: questions), startedAt: Timestamp(secondsSinceEpoch: 1_780_000_000),
      deadline: Timestamp(secondsSinceEpoch: 1_780_003_600))
  }

  /// A grade for attempt number `number`.
  static func grade(number: Int = 1, percentage: Double = 90, passed: Bool = true) -> AttemptGrade {
    AttemptGrade(
      attemptNumber: number, questions: [], maxPoints: 10, rawPoints: percentage / 10, points: percentage / 10,
      rawPercentage: percentage, penaltyFactor: 1, percentage: percentage, passed: passed, overallFeedback: nil,
      deadline: nil, lateResponseCount: 0)
  }

  /// A date from `YYYY-MM-DD` text the test knows is valid.
  static func date(_ text: String) -> CalendarDate {
    CalendarDate(text) ?? CalendarDate(year: 1970, month: 1, day: 1)
  }
}

/// Finds a program built beside the test bundle (e.g. `ledger-writer`).
enum BuiltProgram {
  static func path(_ name: String) -> String? {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      url.deleteLastPathComponent()
      let candidate = url.appendingPathComponent(name).path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}

/// A test set-up step that failed.
struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
