import ArgumentParser
import VigilBase
import VigilExchange
import VigilLedger

extension VigilCommand.BoardCommand {
  /// `vigil board import FILE --board ID [--format F] [--unsigned --provider NAME]`.
  struct BoardImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Verify a provider's batch and import its records, all or nothing.",
      discussion: """
        FILE is a batch a provider wrote with `vigil export` (xml, csv or jsonl, told by its extension or \
        --format) and FILE.jws its signature, which must verify with the keys of a trusted provider (vigil \
        board trust add). An XML batch's signed head must extend the last head this board saw from the \
        provider, by the proof it carries. Every record is checked: its hash, this board, the license's form \
        and type, the dates, and the hours recomputed from the approval's minutes under this board's rules. \
        One bad record and nothing is imported: each bad record is listed with its place and why (exit \
        status 1). The same batch again changes nothing and says so. An unsigned csv or jsonl file imports \
        only with --unsigned --provider NAME, and its records are shown as unverified.
        """
    )

    @Argument(help: ArgumentHelp("The batch file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The board this home imports for (e.g. tx-bon).", valueName: "id"))
    var board: String

    @Option(help: "The batch's format, when its extension does not say: csv, xml or jsonl.")
    var format: String?

    @Flag(help: "Import a csv or jsonl file that has no signature; its records are marked unverified.")
    var unsigned = false

    @Option(help: ArgumentHelp("With --unsigned: the trusted provider the file comes from.", valueName: "name"))
    var provider: String?

    @OptionGroup var home: HomeOptions
    @OptionGroup var boards: BoardOptions

    func validate() throws {
      if unsigned != (provider != nil) {
        throw ValidationError("--unsigned and --provider go together: name the trusted provider an unsigned file comes from")
      }
    }

    mutating func run() throws {
      let format = try format.map(Self.format(named:)) ?? Self.format(of: file)
      let importer = try BatchImporter(
        board: try boards.board(id: board), format: format, unsignedProvider: provider, today: CommandClock.today())
      let result = try importer.importBatch(at: file, into: try home.openLedger(.existing))
      let output = FileHandleOutput.standardOutput
      switch result {
      case .imported(_, let added, let unchanged):
        try output.write(
          "imported \(added) record\(added == 1 ? "" : "s") from \(Echo.path(file))"
            + (unchanged > 0 ? " (\(unchanged) already held)" : "") + (unsigned ? ", unverified (unsigned)" : "") + "\n")
      case .unchanged(0):
        try output.write("\(Echo.path(file)) holds no records: nothing to import\n")
      case .unchanged(let records):
        try output.write("\(Echo.path(file)) changes nothing: its \(records) record\(records == 1 ? " is" : "s are") already imported\n")
      case .refused(let refusals, let total):
        var text = "\(Echo.path(file)) is refused; nothing was imported (\(total) problem\(total == 1 ? "" : "s")):\n"
        for refusal in refusals { text += "  \(refusal)\n" }
        if total > refusals.count { text += "  … and \(total - refusals.count) more\n" }
        try FileHandleOutput.standardError.write(Echo.lines(text))
        throw ProblemsFound()
      }
    }

    /// The format named by --format.
    static func format(named name: String) throws -> ExportFormat {
      guard let format = ExportFormat(rawValue: name), BatchImporter.formats.contains(format) else {
        throw ValidationError("--format is csv, xml or jsonl, not \(name)")
      }
      return format
    }

    /// The format a file's extension names.
    static func format(of path: String) throws -> ExportFormat {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      guard let dot = name.lastIndex(of: "."),
        let format = ExportFormat(rawValue: String(name[name.index(after: dot)...]).lowercased()),
        BatchImporter.formats.contains(format)
      else {
        throw ValidationError("cannot tell the format of \(path) from its extension; pass --format csv, xml or jsonl")
      }
      return format
    }
  }
}
