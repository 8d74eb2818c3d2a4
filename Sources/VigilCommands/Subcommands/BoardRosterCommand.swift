import ArgumentParser
import VigilBase
import VigilBoards
import VigilExchange

extension VigilCommand.BoardCommand {
  /// `vigil board roster import FILE.csv`: the board's licensee list.
  struct BoardRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "roster",
      abstract: "Load the board's licensee roster, which compliance is evaluated on.",
      subcommands: [ImportRoster.self]
    )
  }
}

extension VigilCommand.BoardCommand.BoardRosterCommand {
  /// `vigil board roster import FILE.csv`.
  struct ImportRoster: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import the board's licensees from CSV: adds new licenses and updates changed ones.",
      discussion: """
        Columns (a header row names them, in any order): board, license_type, license_number, holder_name, \
        expires (YYYY-MM-DD), and optionally issued (YYYY-MM-DD) and attributes (separated by ;). Each row \
        is checked against its board file. Atomic: one bad row and nothing is imported; the error names the \
        line. Lines are at most 4 KiB, the file at most 256 MiB. Exit status 1 when the file is refused.
        """
    )

    @Argument(help: ArgumentHelp("The roster file.", valueName: "roster.csv"))
    var file: String

    @OptionGroup var home: HomeOptions
    @OptionGroup var boards: BoardOptions

    mutating func run() throws {
      let (boardFiles, _) = try BoardReader().read(folderAt: try boards.folder())
      let summary = try RosterImporter(boards: boardFiles).importRoster(at: file, into: try home.openLedger(.createForBoard))
      try FileHandleOutput.standardOutput.write(
        "roster imported from \(Echo.path(file)): \(summary.added) added, \(summary.updated) updated, "
          + "\(summary.unchanged) unchanged\n")
    }
  }
}
