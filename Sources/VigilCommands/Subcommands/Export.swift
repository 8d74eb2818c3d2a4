import ArgumentParser
import VigilBase
import VigilExchange
import VigilSigning

extension ExportFormat: ExpressibleByArgument {}

extension VigilCommand {
  /// `vigil export --board ID --format F [--from DATE] [--to DATE] [--out FILE]`: a board's completion records.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the completion records of a board's licensees, signed, for the board to import.",
      discussion: """
        One record per credit (a completion's credit for one license under one approval), with its hash; \
        sample credit (approvals marked example) is never exported, and a revoked certificate's record is \
        followed by a revocation record that names it. With --out FILE the batch is written whole or not at \
        all, signed beside it in FILE.jws (a detached ES256 JWS, RFC 7797) with the home's key, and \
        recorded in the ledger as sent; without it the records go to standard output, unsigned, and \
        nothing is recorded. --from and --to bound the completion days (inclusive).
        """
    )

    @Option(help: ArgumentHelp("The board whose licensees' records to export (e.g. tx-bon).", valueName: "id"))
    var board: String

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(help: "The first completion day to include (YYYY-MM-DD).")
    var from: CalendarDate?

    @Option(help: "The last completion day to include (YYYY-MM-DD).")
    var to: CalendarDate?

    @Option(help: ArgumentHelp("Write the batch to this file and its signature to FILE.jws.", valueName: "file"))
    var out: String?

    @OptionGroup var home: HomeOptions
    @OptionGroup var boards: BoardOptions

    mutating func run() throws {
      let exporter = try RecordExporter(board: try boards.board(id: board), format: format, from: from, through: to)
      let key = try SigningKeyStore(homePath: try home.resolved().path).currentKey()
      let summary = try exporter.export(from: try home.openLedger(out == nil ? .readOnly : .existing), key: key, to: out, now: CommandClock.seconds())
      guard let path = summary.path else { return }
      let revocations = summary.revocations == 0 ? "" : " (\(summary.revocations) revocation\(summary.revocations == 1 ? "" : "s"))"
      try FileHandleOutput.standardError.write(
        "wrote \(summary.records) record\(summary.records == 1 ? "" : "s")\(revocations) for \(board) to \(path), "
          + "signed in \(summary.signaturePath ?? path + ".jws")\(summary.recorded ? "" : " (the same batch was exported before)")\n")
    }
  }
}
