import ArgumentParser
import VigilBase
import VigilCourse
import VigilExchange
import VigilLedger
import VigilSigning

extension VigilCommand {
  /// `vigil export --board ID --format F [--from DATE] [--to DATE] [--out FILE] [--course PATH]...`: a
  /// board's completion records; `vigil export --board ID --overdue`: those past the board's reporting
  /// window and not yet exported.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the completion records of a board's licensees, signed, for the board to import.",
      discussion: """
        One record per credit (a completion's credit for one license under one approval), with its hash; \
        sample credit (approvals marked example) is never exported, and a revoked certificate's record is \
        followed by a revocation record that names it. With --out FILE the batch is written whole or not at \
        all, signed beside it in FILE.jws (a detached ES256 JWS, RFC 7797) with the home's key, and \
        recorded in the ledger as sent; without it the records go to standard output, unsigned, and \
        nothing is recorded. --from and --to bound the completion days (inclusive). xapi writes xAPI \
        1.0.3 statements, one per line; cebroker-csv writes CE Broker's roster (columns A to J, no header) \
        with the numbers of the course packages given with --course and the codes of the board file. \
        --overdue lists instead the completions not yet exported whose board's reporting window has \
        passed (--format text or json).
        """
    )

    @Option(help: ArgumentHelp("The board whose licensees' records to export (e.g. tx-bon).", valueName: "id"))
    var board: String

    @Option(
      help: ArgumentHelp(
        "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")); with --overdue, text or json.",
        valueName: "format"))
    var format: String?

    @Option(help: "The first completion day to include (YYYY-MM-DD).")
    var from: CalendarDate?

    @Option(help: "The last completion day to include (YYYY-MM-DD).")
    var to: CalendarDate?

    @Option(help: ArgumentHelp("Write the batch to this file and its signature to FILE.jws.", valueName: "file"))
    var out: String?

    @Option(
      name: .customLong("course"),
      help: ArgumentHelp(
        "A course package (folder or course.xml) whose CE Broker numbers cebroker-csv uses; repeat for each course.",
        valueName: "path"))
    var courses: [String] = []

    @Flag(help: "List the completions not yet exported whose board's reporting window has passed.")
    var overdue = false

    @OptionGroup var home: HomeOptions
    @OptionGroup var boards: BoardOptions

    mutating func validate() throws {
      if overdue {
        guard from == nil, to == nil, out == nil, courses.isEmpty else {
          throw ValidationError("--overdue lists what is due; it takes no --from, --to, --out or --course")
        }
        guard format.map({ OutputFormat(rawValue: $0) != nil }) ?? true else {
          throw ValidationError("with --overdue, --format is text or json")
        }
        return
      }
      guard let format else {
        throw ValidationError("give --format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      guard let chosen = ExportFormat(rawValue: format) else {
        throw ValidationError(
          "\(Echo.quoted(format)) is not a format; use one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      if !courses.isEmpty, chosen != .ceBrokerCSV {
        throw ValidationError("--course is for --format cebroker-csv, which reads CE Broker numbers from the packages")
      }
    }

    mutating func run() throws {
      let board = try boards.board(id: board)
      if overdue {
        let report = OverdueReport(
          scan: OverdueScan(board: board, today: CommandClock.today()), json: format == OutputFormat.json.rawValue)
        return try report.print(from: { () throws -> Ledger? in
          board.reporting?.windowDays == nil ? nil : try home.openLedger(.readOnly)
        })
      }
      guard let chosen = format.flatMap(ExportFormat.init(rawValue:)) else {
        throw ValidationError("give --format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      let exporter = try RecordExporter(
        board: board, format: chosen, from: from, through: to,
        courses: try courses.map { path throws in try CourseLoading.load(path).course })
      let resolvedHome = try home.resolved()
      if let out {
        for path in [out, out + ".jws"] { try OutputFile.check(path, home: resolvedHome, example: "tx-bon-2026.xml") }
      }
      let key = try SigningKeyStore(homePath: resolvedHome.path).currentKey()
      let summary = try exporter.export(
        from: try home.openLedger(out == nil ? .readOnly : .existing), key: key, to: out, now: CommandClock.seconds())
      var notes: [String] = []
      if summary.alreadySent > 0 {
        notes.append("\(Self.count(summary.alreadySent, "credit")) already sent in an earlier \(exporter.format.rawValue) batch left out")
      }
      if summary.withheld > 0 {
        notes.append(
          "\(Self.count(summary.withheld, "revoked certificate's credit", plural: "revoked certificates' credits")) left out: "
            + "a CE Broker roster cannot withdraw a completion; ask CE Broker to remove one already posted")
      }
      for note in notes { try FileHandleOutput.standardError.write("note: \(note)\n") }
      guard let path = summary.path else { return }
      let revocations = summary.revocations == 0 ? "" : " (\(Self.count(summary.revocations, "revocation")))"
      try FileHandleOutput.standardError.write(
        "wrote \(Self.count(summary.records, "record"))\(revocations) for \(board.id) to \(Echo.path(path)), "
          + "signed in \(Echo.path(summary.signaturePath ?? path + ".jws"))\(summary.recorded ? "" : " (the same batch was exported before)")\n")
    }

    private static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
      "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
  }
}
