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
        Opens the ledger read-only and never changes it. Runs SQLite's full integrity check and compares \
        the schema with the one Vigil makes, then replays the hash-chained event log and compares every row \
        with the latest event that wrote it, and each signed checkpoint with the chain (and its signature \
        with the home's public keys). A ledger that does not verify takes no more writes (recorded in \
        ledger.sqlite.refused beside it) until a verify passes, e.g. after restoring a backup; that verify \
        lifts the refusal. Prints the chain's head as SEQ:LINK: keep it elsewhere, and `vigil ledger verify \
        --since SEQ:LINK` later proves the ledger still holds that history and only added to it. Exit \
        status: 0 when the ledger verifies, 1 naming the first row or event that does not agree, 2 when \
        the ledger cannot be read.
        """
    )

    @OptionGroup var home: HomeOptions

    @Option(help: ArgumentHelp("A head recorded earlier; the ledger must hold it and extend it.", valueName: "SEQ:LINK"))
    var since: String?

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let file = try ledger.checkFile()
      let since = try since.map(ChainHead.init(parsing:))
      let keys = try home.publicKeys()
      // The chain is walked even when the file has problems, unless it cannot be read at all.
      let empty = ChainReport(eventCount: 0, recordCount: 0, headHash: nil, problem: nil)
      let report =
        file.isSound ? try ledger.verify(since: since, keys: keys) : (try? ledger.verify(since: since, keys: keys)) ?? empty
      if let problem = report.problem { ledger.refuseWrites(because: "vigil ledger verify: \(problem)") }
      let lifted = file.isSound && report.isIntact && ledger.liftRefusal()
      let document = LedgerVerificationDocument(report, file: file, path: ledger.path, refusalLifted: lifted)
      try FileHandleOutput.standardOutput.write(
        output.format == .json
          ? try JSONOutput.encode(document) : text(report, file: file, path: ledger.path, lifted: lifted))
      if !file.isSound || !report.isIntact { throw ProblemsFound() }
    }

    private func text(_ report: ChainReport, file: FileCheckReport, path: String, lifted: Bool) -> String {
      var text = report.problem.map { "ledger \(path) does not verify: \($0)\n" } ?? ""
      if !file.isSound {
        text += "ledger \(path) does not verify: the file is damaged or was changed behind Vigil's back: "
          + file.problems.joined(separator: "; ") + "\n"
      }
      if !text.isEmpty {
        return text + "it takes no more writes: restore a backup made with vigil ledger backup, then verify again\n"
      }
      let verified =
        "ledger \(path) verifies: \(report.eventCount) events, \(report.recordCount) rows, head "
        + "\(report.head?.description ?? "none (empty chain)")\n"
      return lifted ? verified + "writes are allowed again (removed \(path).refused)\n" : verified
    }
  }
}
