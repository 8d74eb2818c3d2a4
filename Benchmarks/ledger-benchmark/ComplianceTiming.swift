import BenchmarkSupport
import VigilBoards
import VigilLedger

/// Timings over the loaded ledger for the board side: reading every license with its credits, and
/// evaluating compliance for every licensee of one board for one cycle.
enum ComplianceTiming {
  /// How many licenses the per-license lookup is timed on.
  static let lookupSample = 10_000

  /// Times a scan of every license with its credits, a full-board compliance evaluation of each real
  /// board in the workload, and single-license credit lookups.
  static func run(_ ledger: Ledger, licenses: [LicenseKey], boardsFolder: String) throws {
    var scanned = 0
    var creditCount = 0
    let (_, scanSeconds) = try timed {
      try ledger.forEachLicense { _, credits in
        scanned += 1
        creditCount += credits.count
      }
    }
    print(
      "license scan:          \(decimal(scanSeconds)) s for \(scanned) licenses with \(creditCount) credits "
        + "(forEachLicense), \(rate(scanned, scanSeconds)) licenses/s")

    let (boards, _) = try BoardReader().read(folderAt: boardsFolder)
    for board in boards where Workload.boards.contains(board.id) {
      let evaluator = ComplianceEvaluator(board: board)
      var evaluated = 0
      var compliant = 0
      var boardCredits = 0
      let (_, seconds) = try timed {
        try ledger.forEachLicense(board: board.id) { license, credits in
          // Each licensee's own cycle: the one ending on the license's expiry date.
          if evaluator.evaluate(license.profile, credits: credits).isCompliant { compliant += 1 }
          evaluated += 1
          boardCredits += credits.count
        }
      }
      print(
        "compliance \(board.id):".padding(toLength: 23, withPad: " ", startingAt: 0)
          + "\(decimal(seconds)) s for all \(evaluated) licensees of the board with \(boardCredits) credits "
          + "(read from the ledger and evaluated), \(rate(evaluated, seconds)) licensees/s, \(compliant) compliant "
          + "(target < 10 s)")
    }

    // A board as large as the whole workload: every licensee evaluated under the Texas BON rules.
    if let texas = boards.first(where: { $0.id == "tx-bon" }) {
      let evaluator = ComplianceEvaluator(board: texas)
      var evaluated = 0
      let (_, seconds) = try timed {
        try ledger.forEachLicense { license, credits in
          var profile = license.profile
          profile.boardID = texas.id
          _ = evaluator.evaluate(profile, credits: credits)
          evaluated += 1
        }
      }
      print(
        "compliance, 1 board of \(evaluated): \(decimal(seconds)) s (every licensee read and evaluated under tx-bon), "
          + "\(rate(evaluated, seconds)) licensees/s (target < 10 s)")
    }

    let sample = licenses.prefix(lookupSample)
    let (_, lookupSeconds) = try timed {
      for key in sample { _ = try ledger.credits(for: key) }
    }
    print(
      "credit lookups:        \(decimal(lookupSeconds)) s for \(sample.count) licenses (credits(for:)), "
        + "\(decimal(lookupSeconds * 1e6 / Double(max(1, sample.count)), 0)) µs each")
  }
}
