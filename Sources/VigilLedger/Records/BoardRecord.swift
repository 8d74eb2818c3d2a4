import VigilBase

/// A completion record as a board imports it: one credit of one completion, for one license under one
/// approval, as a provider exported it, with the hash the provider computed over its canonical form.
///
/// The fields mirror the exchange's completion record one for one (VigilExchange maps its
/// `CompletionRecord` to this value); the ledger stores them as given and never recomputes the hash,
/// which covers the exporter's canonical form. A record's identity is its provider, certificate,
/// board, license type and number, approver, approval number and kind.
public struct BoardRecord: Sendable, Hashable {
  /// What the record says happened.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A course was completed and earned this credit.
    case completion
    /// The provider revoked the certificate of the record named by ``BoardRecord/replaces``.
    case revocation
  }

  /// The approval's minutes of learning (the provider ledger's credit minutes), 1 to 60,000.
  public var approvalMinutes: Int
  /// The approval number.
  public var approvalNumber: String
  /// The approver, e.g. `ANCC`, `TX-HHSC`.
  public var approver: String
  /// The hours the provider says the board's rules award, in hundredths of an hour.
  public var awardedHundredths: Int64
  /// The board's id, e.g. `tx-bon`.
  public var board: String
  /// The certificate number as issued.
  public var certificate: String
  /// The day the course was completed.
  public var completedOn: CalendarDate
  /// The course's id.
  public var courseID: String
  /// The course's title.
  public var courseTitle: String
  /// The course's version.
  public var courseVersion: String
  /// Completion or revocation.
  public var kind: Kind
  /// The learner's name as on the certificate.
  public var learnerName: String
  /// The license number.
  public var licenseNumber: String
  /// The license type, e.g. `RN`.
  public var licenseType: String
  /// Why the certificate was revoked; nil unless ``kind`` is ``Kind/revocation``.
  public var reason: String?
  /// The hash of the record of the same provider this one supersedes; nil when none.
  public var replaces: String?
  /// The approval's topics, sorted.
  public var topics: [String]
  /// The record's hash: lowercase hex SHA-256 of its canonical form, as the provider computed it.
  public var hash: String

  /// Creates a record.
  public init(
    approvalMinutes: Int, approvalNumber: String, approver: String, awardedHundredths: Int64, board: String,
    certificate: String, completedOn: CalendarDate, courseID: String, courseTitle: String, courseVersion: String,
    kind: Kind, learnerName: String, licenseNumber: String, licenseType: String, reason: String? = nil,
    replaces: String? = nil, topics: [String], hash: String
  ) {
    self.approvalMinutes = approvalMinutes
    self.approvalNumber = approvalNumber
    self.approver = approver
    self.awardedHundredths = awardedHundredths
    self.board = board
    self.certificate = certificate
    self.completedOn = completedOn
    self.courseID = courseID
    self.courseTitle = courseTitle
    self.courseVersion = courseVersion
    self.kind = kind
    self.learnerName = learnerName
    self.licenseNumber = licenseNumber
    self.licenseType = licenseType
    self.reason = reason
    self.replaces = replaces
    self.topics = topics
    self.hash = hash
  }

  /// The license the record is for, `BOARD:TYPE:NUMBER`.
  public var licenseKey: String { board + ":" + licenseType + ":" + licenseNumber }
}

/// A board record as the board's ledger holds it: the record, the provider it came from, and whether
/// the batch that brought it was signed and verified (false: imported with `--unsigned`).
public struct StoredBoardRecord: Sendable, Hashable {
  /// The `board_records` row's id.
  public var id: Int64
  /// The record.
  public var record: BoardRecord
  /// The name of the provider whose batch brought it.
  public var provider: String
  /// The batch it came in.
  public var batchID: Int64
  /// Whether the batch's signature was verified against the provider's keys.
  public var isVerified: Bool

  /// Creates a stored record.
  public init(id: Int64, record: BoardRecord, provider: String, batchID: Int64, isVerified: Bool) {
    self.id = id
    self.record = record
    self.provider = provider
    self.batchID = batchID
    self.isVerified = isVerified
  }
}
