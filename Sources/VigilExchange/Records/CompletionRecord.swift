import VigilBase

/// One completion record as providers export it and boards import it: a completed course's credit for
/// one license under one approval, or the revocation of such a record.
///
/// Every format carries the same fields and the record's ``hash``: SHA-256 of the record's canonical
/// form, the RFC 8785 JSON object of all the other fields (keys sorted, no white space; `reason` and
/// `replaces` left out when empty). Anyone can recompute it; in Python:
/// `hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()`,
/// with `awardedHours` a number such as `1` or `0.5`.
public struct CompletionRecord: Sendable, Hashable {
  /// Whether it is a completion or a revocation.
  public var kind: RecordKind
  /// The certificate number the credit was issued under.
  public var certificate: String
  /// The licensee's name as the certificate prints it.
  public var learnerName: String
  /// The board, license type and license number.
  public var board: String
  public var licenseType: String
  public var licenseNumber: String
  /// The course id, version and title.
  public var courseID: String
  public var courseVersion: String
  public var courseTitle: String
  /// The approver and approval number the credit came through.
  public var approver: String
  public var approvalNumber: String
  /// The approval's minutes of learning.
  public var approvalMinutes: Int
  /// The hours the board's rules award for those minutes, in hundredths (rounded down).
  public var awardedHundredths: Int
  /// The day the course was completed.
  public var completedOn: CalendarDate
  /// The topics the approval covers, sorted.
  public var topics: [String]
  /// The hash of the record this one supersedes; nil for none.
  public var replaces: String?
  /// Why the credit was revoked (revocations only).
  public var reason: String?

  /// Creates a record; `topics` are sorted.
  public init(
    kind: RecordKind, certificate: String, learnerName: String, board: String, licenseType: String,
    licenseNumber: String, courseID: String, courseVersion: String, courseTitle: String, approver: String,
    approvalNumber: String, approvalMinutes: Int, awardedHundredths: Int, completedOn: CalendarDate, topics: [String],
    replaces: String? = nil, reason: String? = nil
  ) {
    self.kind = kind
    self.certificate = certificate
    self.learnerName = learnerName
    self.board = board
    self.licenseType = licenseType
    self.licenseNumber = licenseNumber
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.courseTitle = courseTitle
    self.approver = approver
    self.approvalNumber = approvalNumber
    self.approvalMinutes = approvalMinutes
    self.awardedHundredths = awardedHundredths
    self.completedOn = completedOn
    self.topics = zip(topics, topics.dropFirst()).allSatisfy { $0 <= $1 } ? topics : topics.sorted()
    self.replaces = replaces
    self.reason = reason
  }

  /// The canonical JSON of every field but the hash: the bytes ``hash`` is computed over (the board
  /// ledger's ``BoardRecord/canonical(includingHash:)``, so a provider and a board write the same form).
  public var canonical: CanonicalJSON { canonical(hash: nil) }

  /// The canonical JSON of the fields, with the `hash` member among them when given (a JSON Lines
  /// record).
  func canonical(hash: String?) -> CanonicalJSON {
    boardRecord(hash: hash ?? "").canonical(includingHash: hash != nil)
  }

  /// SHA-256 of the canonical form, lowercase hex.
  public var hash: String {
    get throws(ExchangeError) {
      guard let hash = boardRecord(hash: "").computedHash else {
        throw ExchangeError(.invalidRecord, "record for certificate \(certificate) cannot be written canonically (a number is out of range)")
      }
      return hash
    }
  }

  /// What makes two records the same record (a second one with other content contradicts the first):
  /// certificate, board, license, approval and kind.
  public var identity: String {
    [kind.rawValue, certificate, board, licenseType, licenseNumber, approver, approvalNumber].joined(separator: "\u{1F}")
  }
}
