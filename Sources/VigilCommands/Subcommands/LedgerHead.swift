import ArgumentParser
import VigilLedger

extension VigilCommand.LedgerCommand {
  /// `vigil ledger head`: the chain's current head, to keep outside the ledger.
  struct LedgerHead: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "head",
      abstract: "Print the ledger's current head as SEQ:LINK, to keep somewhere else.",
      discussion: """
        The head is the last event's sequence number and link. Someone who can write the ledger file can \
        recompute every hash in it; a head kept elsewhere (printed, mailed, in a certificate) cannot be \
        recomputed, and `vigil ledger verify --since SEQ:LINK` proves the ledger still holds it.
        """
    )

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      guard let head = try ledger.head() else {
        throw CommandError(.notFound, "the ledger at \(ledger.path) has no events yet, so no head")
      }
      try FileHandleOutput.standardOutput.write("\(head)\n")
    }
  }
}
