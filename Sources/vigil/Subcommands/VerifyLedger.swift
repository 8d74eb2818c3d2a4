import ArgumentParser
import Foundation
import VigilLedger

extension VigilCommand.LedgerCommand {
  /// `vigil ledger verify`: walks the event chain and checks every chained row against it.
  struct VerifyLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Check that no learner, license, completion or credit was changed behind the ledger's back.",
      discussion: """
        Walks the hash-chained event log, then compares every learner, license, completion and credit row \
        with its latest event. Prints the chain's head hash: keep it elsewhere, and a later verify that \
        prints the same head proves nothing was appended or cut off since. Exit status: 0 when the ledger \
        verifies, 1 naming the first row that does not match, 2 when the ledger cannot be read.
        """
    )

    @OptionGroup var home: HomeOptions

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let report = try ledger.verify()
      try FileHandleOutput.standardOutput.write(
        output.format == .json ? try JSONOutput.encode(LedgerVerificationDocument(report, path: ledger.path)) : text(report, path: ledger.path))
      if !report.isIntact { throw ProblemsFound() }
    }

    private func text(_ report: ChainReport, path: String) -> String {
      if let problem = report.problem {
        return "ledger \(path) does not verify: \(problem)\n"
      }
      return "ledger \(path) verifies: \(report.eventCount) events, \(report.recordCount) rows, head "
        + "\(report.headHash ?? "none (empty chain)")\n"
    }
  }
}
