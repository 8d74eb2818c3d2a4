import ArgumentParser
import VigilCredentials
import VigilLedger

extension VigilCommand.CertificateCommand {
  /// `vigil certificate list [--learner ID] [--license BOARD:TYPE:NUMBER] [--format json]`: the certificates the ledger holds.
  struct ListCertificates: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the certificates the ledger holds, one line per credential, oldest first.",
      discussion: """
        Each line: the certificate number, the completion date, the learner, the course and version, the \
        license and its credit (SAMPLE for a course whose approvals are examples), REVOKED or SUPERSEDED by \
        NUMBER when the certificate no longer stands, and the file in the home's certificates/ folder. \
        --format json prints one document (described in the README).
        """
    )

    @Option(help: "Only this learner's certificates (the id vigil learner list shows).")
    var learner: Int64?

    @Option(help: ArgumentHelp("Only the credentials for this license, as BOARD:TYPE:NUMBER (e.g. tx-bon:RN:123456).", valueName: "license"))
    var license: String?

    @OptionGroup var home: HomeOptions

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let key = try license.map { text throws(LedgerError) in try LicenseKey(parsing: text) }
      let ledger = try home.openLedger(.readOnly)
      let records = try CertificateRecord.all(in: ledger, home: try home.resolved(), learnerID: learner, license: key)
      let filters = [learner.map { "learner \($0)" }, key.map { "license \($0)" }].compactMap { $0 }
      try FileHandleOutput.standardOutput.write(
        CertificatePrinter(format: output.format).list(
          records,
          emptyNote: "no certificates in the ledger at \(ledger.path)"
            + (filters.isEmpty ? "" : " for " + filters.joined(separator: " and "))))
    }
  }
}
