import ArgumentParser
import Foundation
import VigilLedger

extension VigilCommand.LedgerCommand {
  /// `vigil ledger verify`: walks the event chain and checks every chained row against it.
  struct VerifyLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Check that nothing in the ledger was changed behind its back.",
      discussion: """
        Replays the hash-chained event log, then compares every row with the latest event that wrote it \
        and the database's tables, indexes and triggers with the ones Vigil makes. Prints the chain's head \
        as SEQ:LINK: keep it elsewhere, and `vigil ledger verify --since SEQ:LINK` later proves the ledger \
        still holds that history and only added to it. Exit status: 0 when the ledger verifies, 1 naming \
        the first row or event that does not agree, 2 when the ledger cannot be read.
        """
    )

    @OptionGroup var home: HomeOptions

    @Option(help: ArgumentHelp("A head recorded earlier; the ledger must hold it and extend it.", valueName: "SEQ:LINK"))
    var since: String?

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let report = try ledger.verify(since: since.map(ChainHead.init(parsing:)), keys: home.publicKeys())
      try FileHandleOutput.standardOutput.write(
        output.format == .json ? try JSONOutput.encode(LedgerVerificationDocument(report, path: ledger.path)) : text(report, path: ledger.path))
      if !report.isIntact { throw ProblemsFound() }
    }

    private func text(_ report: ChainReport, path: String) -> String {
      if let problem = report.problem {
        return "ledger \(path) does not verify: \(problem)\n"
      }
      return "ledger \(path) verifies: \(report.eventCount) events, \(report.recordCount) rows, head "
        + "\(report.head?.description ?? "none (empty chain)")\n"
    }
  }
}
