import ArgumentParser
import VigilBase
import VigilLedger

extension VigilCommand.LedgerCommand {
  /// `vigil ledger backup FILE`: an online copy of the ledger, verified before it is kept.
  struct BackupLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup",
      abstract: "Copy the ledger to a file with SQLite's online backup, and verify the copy.",
      discussion: """
        Other vigil processes may keep writing meanwhile; the copy is one consistent state. The copy is \
        written under a temporary name and takes FILE's name only once it verifies. An existing FILE is \
        kept unless --force is given; FILE must be a regular file (a device, a FIFO or a link is refused, \
        --force or not). The copy is 0600. Restore by copying FILE to ledger.sqlite in the home folder \
        while no vigil is running. The provider's signing key (keys/ in the home) is not in the backup: \
        copy the keys folder separately to offline storage.
        """
    )

    @OptionGroup var home: HomeOptions

    @Argument(help: ArgumentHelp("The backup file to write.", valueName: "file"))
    var file: String

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    mutating func run() throws {
      try OutputFile.check(
        file, home: try home.resolved(), option: "the backup file", example: "ledger-copy.sqlite")
      let ledger = try home.openLedger(.readOnly)
      let report = try ledger.backup(to: file, replacing: force)
      let keysFolder = try home.resolved().keysPath
      try FileHandleOutput.standardOutput.write(
        "backed up \(ledger.path) to \(Echo.path(file)): \(report.eventCount) events, \(report.recordCount) rows, verified; head "
          + "\(report.head?.description ?? "none (empty chain)")\n"
          + "the signing key is not in this backup: copy \(keysFolder) separately to offline storage (the public "
          + "keys can be re-exported with vigil keys export); keep both where only you can read them\n")
    }
  }
}
