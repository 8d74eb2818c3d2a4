import ArgumentParser
import VigilCredentials

extension VigilCommand.CertificateCommand {
  /// `vigil certificate show NUMBER`: what a certificate says, per license.
  struct ShowCertificate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show what a certificate says: the learner, course, date, provider, and each license's credit.",
      discussion: """
        The number may be typed in any case, with or without VC and hyphens; I and L are read as 1 and O as \
        0, and a mistyped character is caught by its check character.
        """
    )

    @Argument(help: "The certificate number, e.g. VC-7K3Q-M2XD-4HJH.")
    var number: String

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let records = try CertificateRecord.find(number, in: ledger, home: try home.resolved())
      try FileHandleOutput.standardOutput.write(Self.text(records))
    }

    private static func text(_ records: [CertificateRecord]) -> String {
      guard let first = records.first?.claims else { return "" }
      var text = """
        Certificate \(first.number)\(first.isSample ? " (SAMPLE: no real credit)" : "")
          Learner: \(first.learnerName)
          Course: \(first.courseTitle) \(first.courseVersion) (\(first.courseID))
          Completed: \(first.completedOn)
          Provider: \(first.issuerName) (\(first.issuerID))
          Completion: \(first.completion)

        """
      for record in records {
        let claims = record.claims
        if let license = claims.license {
          let credit = claims.isSample ? "SAMPLE, no real credit" : "\(claims.hoursText ?? "0.0") h"
          text += "  \(license), \(claims.boardName ?? ""): \(credit)\n"
        } else {
          text += "  No license: no credit\n"
        }
        for credit in claims.credits {
          let sample = credit.isSample ? " (sample)" : ""
          text += "    \(credit.approver) \(credit.approvalNumber): \(credit.minutes) min\(sample)\n"
        }
        text += "    Credential \(claims.id)\n    File: \(record.path)\n"
      }
      return text
    }
  }
}
