import VigilBase

/// The columns of Vigil's completion-record CSV, in order, as its header row names them: the record's
/// fields (topics joined by `;`, `awarded_hours` as a decimal such as `1` or `0.5`, `replaces` and
/// `reason` empty when absent), then its `hash`.
public enum RecordColumns {
  /// The header row.
  public static let names = [
    "kind", "certificate", "learner_name", "board", "license_type", "license_number", "course_id", "course_version",
    "course_title", "approver", "approval_number", "approval_minutes", "awarded_hours", "completed_on", "topics",
    "replaces", "reason", "hash",
  ]

  /// The cells of a record, in the order of ``names``.
  static func cells(_ record: CompletionRecord, hash: String) -> [String] {
    [
      record.kind.rawValue, record.certificate, record.learnerName, record.board, record.licenseType,
      record.licenseNumber, record.courseID, record.courseVersion, record.courseTitle, record.approver,
      record.approvalNumber, String(record.approvalMinutes), HoursText.format(hundredths: record.awardedHundredths),
      record.completedOn.description, record.topics.joined(separator: ";"), record.replaces ?? "", record.reason ?? "",
      hash,
    ]
  }
}
