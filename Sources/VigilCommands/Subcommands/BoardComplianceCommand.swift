import ArgumentParser
import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger

extension VigilCommand.BoardCommand {
  /// `vigil board compliance --board ID --cycle-ending DATE [--format text|csv|json]`.
  struct BoardComplianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compliance",
      abstract: "Show every licensee on the board's roster, compliant or not, with what each still needs.",
      discussion: """
        Each licensee is evaluated for their own renewal cycle that contains --cycle-ending, from the \
        records the board imported, as vigil transcript evaluates a license. Records for licenses not on \
        the roster are listed apart; records imported --unsigned are marked unverified. The report ends \
        with N of M compliant (on standard error with --format csv). Exit status 0 whether or not anyone is \
        compliant.
        """
    )

    /// `--format text|csv|json`.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case text, csv, json
    }

    @Option(help: ArgumentHelp("The board's id, as its file in Boards/ names it (e.g. tx-bon).", valueName: "id"))
    var board: String

    @Option(help: "A day of the renewal cycle to evaluate, usually its last (YYYY-MM-DD).")
    var cycleEnding: CalendarDate

    @Option(help: "Output format: text, csv (RFC 4180, formula-neutralised), or json (one document, described in the README).")
    var format: Format = .text

    @OptionGroup var home: HomeOptions
    @OptionGroup var boards: BoardOptions

    /// The years a cycle may end in: a licensee's cycle runs from its expiry some years around the date,
    /// and must stay within the four-digit years dates have.
    static let cycleYears = 1900...9899

    func validate() throws {
      guard Self.cycleYears.contains(cycleEnding.year) else {
        throw ValidationError(
          "--cycle-ending \(cycleEnding) is outside the years a renewal cycle is evaluated in "
            + "(\(Self.cycleYears.lowerBound) to \(Self.cycleYears.upperBound))")
      }
    }

    mutating func run() throws {
      let rules = try boards.board(id: board)
      let ledger = try home.openLedger(.readOnly)
      let sink = FileDescriptorSink.standardOutput
      switch format {
      case .text:
        var writer = ComplianceTextWriter(board: rules, sink: sink)
        try report(&writer, rules, ledger)
      case .csv:
        var writer = ComplianceCSVWriter(board: rules, sink: sink)
        try report(&writer, rules, ledger)
      case .json:
        var writer = ComplianceJSONWriter(board: rules, sink: sink)
        try report(&writer, rules, ledger)
      }
    }

    private func report<Writer: ComplianceReportWriter>(
      _ writer: inout Writer, _ rules: VigilBoards.Board, _ ledger: VigilLedger.Ledger
    ) throws {
      try writer.begin(cycleEnding: cycleEnding)
      let summary = try BoardCompliance(board: rules).run(
        ledger: ledger, cycleEnding: cycleEnding, licensee: { try writer.licensee($0) },
        offRoster: { try writer.offRoster($0) })
      try writer.end(summary)
    }
  }
}
