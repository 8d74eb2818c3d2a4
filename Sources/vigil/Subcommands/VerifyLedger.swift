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
        Opens the ledger read-only and never changes it. Runs SQLite's full integrity check and compares \
        the schema with the one Vigil makes, then walks the hash-chained event log and compares every \
        learner, license, completion and credit row with its latest event. A ledger that does not verify \
        takes no more writes (recorded in ledger.sqlite.refused beside it) until a verify passes, e.g. \
        after restoring a backup; that verify lifts the refusal. Prints the chain's head hash: keep it elsewhere, and a later verify that \
        prints the same head proves nothing was appended or cut off since. Exit status: 0 when the ledger \
        verifies, 1 naming the first row that does not match, 2 when the ledger cannot be read.
        """
    )

    @OptionGroup var home: HomeOptions

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let file = try ledger.checkFile()
      // The chain is walked even when the file has problems, unless it cannot be read at all.
      let empty = ChainReport(eventCount: 0, recordCount: 0, headHash: nil, problem: nil)
      let report = file.isSound ? try ledger.verify() : (try? ledger.verify()) ?? empty
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
      if lifted {
        return "ledger \(path) verifies: \(report.eventCount) events, \(report.recordCount) rows, head "
          + "\(report.headHash ?? "none (empty chain)")\nwrites are allowed again (removed \(path).refused)\n"
      }
      return "ledger \(path) verifies: \(report.eventCount) events, \(report.recordCount) rows, head "
        + "\(report.headHash ?? "none (empty chain)")\n"
    }
  }
}
