import VigilBase

/// The words of a printable certificate, made from its credentials' claims: what
/// ``CertificateLayout`` puts on the page, kept apart from the drawing so it can be read and tested as
/// text.
struct CertificateWording {
  /// An approval's line and its statement.
  struct Approval {
    /// Its contact hours and number, e.g. `1.0 contact hours · ANCC approval ANCC-2026-0042`.
    var heading: String
    /// Its statement, exactly as the course gives it.
    var statement: String
  }

  var provider: String
  /// The provider's postal and web addresses, on one line (empty when the course states neither).
  var providerAddress: String
  var learner: String
  var course: String
  var courseLine: String
  var completed: String
  var approvals: [Approval]
  /// One line per credential: the license and the credit its board awards.
  var credits: [String]
  var number: String
  /// For a certificate re-issued with a corrected name, the number it replaces, in words.
  var replaces: String?
  var verification: String

  init(_ claims: [CredentialClaims]) {
    let first = claims[0]
    provider = first.issuerName
    providerAddress = [first.issuerAddress, first.issuerURL].compactMap { $0 }.joined(separator: " · ")
    learner = first.learnerName
    course = first.courseTitle
    courseLine = "Course \(first.courseID), version \(first.courseVersion)"
    completed = "Completed on \(Self.longDate(first.completedOn))"
    approvals = first.approvals.map { approval in
      let hours = "\(approval.hoursText) contact hours\(Self.hourLength(approval.minutesPerHour))"
      let example = approval.isExample ? " (example approval: no credit)" : ""
      return Approval(
        heading: "\(hours) · \(approval.approver) approval \(approval.approvalNumber)\(example)",
        statement: approval.statement)
    }
    credits = claims.map(Self.credit)
    number = first.number.description
    replaces = first.supersedes.map { "Replaces \($0) (name corrected)" }
    let name = first.issuerName
    let contact = first.issuerURL.map { "\(name) (\($0))" } ?? name
    verification =
      "This certificate is also issued as a digitally signed credential (Open Badges 3.0, a .jwt file). "
      + "To verify it, run vigil certificate verify on that file with the provider's published keys, or "
      + "ask \(contact), quoting the number."
  }

  /// One credential's license and credit, in words.
  private static func credit(_ claims: CredentialClaims) -> String {
    guard let license = claims.license else { return "No license on file: a certificate of completion, without credit" }
    let parts = license.split(separator: ":", omittingEmptySubsequences: false)
    let holder = "\(claims.boardName ?? String(parts[0])), \(parts[1]) license \(parts[2])"
    guard !claims.isSample else { return "\(holder): sample, no credit awarded" }
    let length = hourLength(claims.minutesPerHour ?? 60)
    return "\(holder): \(claims.hoursText ?? "0.0") contact hours\(length) awarded"
  }

  /// Nothing for hours of 60 minutes, ` of 50 minutes` otherwise.
  private static func hourLength(_ minutes: Int64) -> String {
    minutes == 60 ? "" : " of \(minutes) minutes"
  }

  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// `December 1, 2026`.
  private static func longDate(_ date: CalendarDate) -> String {
    "\(months[date.month - 1]) \(date.day), \(date.year)"
  }
}
