import ArgumentParser

extension VigilCommand {
  /// `vigil ledger verify|backup`: the credit ledger's integrity check and online backup.
  struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ledger",
      abstract: "Verify the credit ledger, print its head, or back it up.",
      subcommands: [VerifyLedger.self, LedgerHead.self, BackupLedger.self]
    )
  }
}
