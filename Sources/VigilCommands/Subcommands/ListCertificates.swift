import ArgumentParser
import VigilCredentials

extension VigilCommand.CertificateCommand {
  /// `vigil certificate list [--learner ID]`: the certificates the ledger holds.
  struct ListCertificates: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the certificates the ledger holds, one line per credential, oldest first.",
      discussion: """
        Each line: the certificate number, the completion date, the learner, the course and version, the \
        license and its credit (SAMPLE for a course whose approvals are examples), and the file in the \
        home's certificates/ folder.
        """
    )

    @Option(help: "Only this learner's certificates (the id vigil learner list shows).")
    var learner: Int64?

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let records = try CertificateRecord.all(in: ledger, home: try home.resolved(), learnerID: learner)
      let text =
        records.isEmpty
        ? "no certificates in the ledger at \(ledger.path)\(learner.map { " for learner \($0)" } ?? "")\n"
        : records.map(Self.line).joined()
      try FileHandleOutput.standardOutput.write(text)
    }

    private static func line(_ record: CertificateRecord) -> String {
      let claims = record.claims
      let credit =
        claims.license.map { license in
          "  \(license) \(claims.isSample ? "SAMPLE (no real credit)" : "\(claims.hoursText ?? "0.0") h")"
        } ?? "  no license"
      return "\(claims.number)  \(claims.completedOn)  \(claims.learnerName)  \(claims.courseTitle) "
        + "\(claims.courseVersion)\(credit)  \(record.path)\n"
    }
  }
}
