import ArgumentParser

extension VigilCommand {
  /// `vigil ledger verify|backup`: the credit ledger's integrity check and online backup.
  struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ledger",
      abstract: "Check the credit ledger's hash chain, or back it up.",
      subcommands: [VerifyLedger.self, BackupLedger.self]
    )
  }
}
