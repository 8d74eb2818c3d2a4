/// The kinds of event the chain holds, each with its version (`learner.added/1`).
///
/// A kind's data never changes shape once released; a new shape is a new version of the kind, added
/// with a new migration. The README lists every kind's data.
enum EventKind: String, Sendable, Hashable, CaseIterable {
  /// The ledger was created: its identity. Always event 1.
  case ledgerCreated = "ledger.created/1"
  /// A learner was added; data: the `learners` row.
  case learnerAdded = "learner.added/1"
  /// A learner's name, email or birthday was corrected; data: the whole row after the change.
  case learnerChanged = "learner.changed/1"
  /// A license was added; data: the `licenses` row.
  case licenseAdded = "license.added/1"
  /// A license was renewed or corrected (expiry, issue date, attributes); data: the whole row after it.
  case licenseChanged = "license.changed/1"
  /// An attempt was started; data: the attempt as realised (seed, order, the questions' keys and points).
  case attemptStarted = "attempt.started/1"
  /// A response was saved; data: the `responses` row. A changed answer is a new revision.
  case responseSaved = "response.saved/1"
  /// An attempt was submitted and graded; data: the grade.
  case attemptGraded = "attempt.graded/1"
  /// A lesson page was shown; data: lesson, page and seat time. No table: the chain is the record.
  case lessonViewed = "lesson.viewed/1"
  /// The course's disclosures were acknowledged before the activity.
  case disclosuresAcknowledged = "disclosures.acknowledged/1"
  /// An evaluation question was answered.
  case evaluationAnswered = "evaluation.answered/1"
  /// Where a session stands (screen, flags, seat time), so a resume starts there.
  case sessionBookmarked = "session.bookmarked/1"
  /// A learner's accommodation changed; data: the extra time on timed quizzes, as a percentage of the
  /// time limit, and the learner.
  case learnerAccommodated = "learner.accommodated/1"
  /// A completion was recorded; data: the completion with the snapshot certificates and boards print.
  case completionRecorded = "completion.recorded/1"
  /// Credit was awarded for a license under one approval; data: the `credits` row.
  case creditAwarded = "credit.awarded/1"
  /// A certificate was issued for a completion (one per license the learner held); data: the
  /// `certificates` row, the signed token included. Added with the `v2-certificates` migration.
  case certificateIssued = "certificate.issued/1"
  /// A certificate number was revoked; data: `completion`, `number`, `reason`, `revokedAt`. No table:
  /// the event is the record (key `revocation/<number>`), so a revocation is never withdrawn.
  case certificateRevoked = "certificate.revoked/1"
  /// A batch of completion records was exported for a board; data: `board`, `digest` (SHA-256 of the
  /// file), `exportedAt`, `format`, `from`, `head` (`SEQ:LINK` the batch was read at), `records`,
  /// `through`. No table: the event is the record (key `export/<digest>`, stream `board/<id>`).
  case batchExported = "batch.exported/1"
  /// A board trusts a provider's keys under a name; data: the `trusted_providers` row. Added with the
  /// `v3-board` migration, like the board kinds below.
  case providerTrusted = "provider.trusted/1"
  /// A board stopped trusting a provider; data: the whole `trusted_providers` row after the change.
  case providerRemoved = "provider.removed/1"
  /// A provider the board trusts rotated its key: its new published set, which keeps every key it was
  /// trusted with, is trusted in its place; data: the whole `trusted_providers` row after the change.
  /// Added with the `v6-provider-key-rotation` migration.
  case providerKeysAdded = "provider.keys-added/1"
  /// A license entered the board's roster; data: the `roster_licenses` row.
  case rosterLicensed = "roster.licensed/1"
  /// A re-imported roster changed a license's profile; data: the whole row after the change.
  case rosterUpdated = "roster.updated/1"
  /// A completion record came in with a batch; data: the `board_records` row. Written by schema
  /// version 3 only; the verifier still checks the ledgers that hold it.
  case recordImported = "record.imported/1"
  /// A run of up to 1,000 completion records came in with a batch (schema version 4 on; before, each
  /// record had a `record.imported/1`); data: the batch, the first and last row ids, the count and a
  /// digest of the rows' ids and hashes (``ImportedRecordRange``).
  case recordsImported = "records.imported/1"
  /// A batch carried a provider head the board had not seen; data: the `provider_heads` row.
  case headSeen = "head.seen/1"
  /// A batch was imported; data: the `imported_batches` row (its counts), written after its records.
  case batchImported = "batch.imported/1"
  /// A credential of a completion's next certificate edition was issued after a correction (the
  /// learner's name), under a new number; data: `completion`, `credential`, `edition`, `file`,
  /// `learnerName`, `license`, `number`, `supersedes`, `token`. No table: the event is the record (key
  /// `reissue/<credential id>`).
  case certificateReissued = "certificate.reissued/1"
  /// A certificate number was superseded by the completion's next edition; data: `completion`,
  /// `number`, `supersededAt`, `supersededBy`. No table (key `supersession/<number>`): a number is
  /// superseded once, in the transaction that re-issues it.
  case certificateSuperseded = "certificate.superseded/1"

  /// Whether the event creates its record (a second such event for the same record is a forgery).
  var createsRecord: Bool {
    switch self {
    case .ledgerCreated, .learnerAdded, .licenseAdded, .attemptStarted, .responseSaved, .completionRecorded,
      .creditAwarded, .certificateIssued, .providerTrusted, .rosterLicensed, .recordImported, .recordsImported, .headSeen,
      .batchImported:
      true
    case .learnerChanged, .licenseChanged, .attemptGraded, .lessonViewed, .disclosuresAcknowledged,
      .evaluationAnswered, .sessionBookmarked, .learnerAccommodated, .certificateRevoked, .certificateReissued,
      .certificateSuperseded, .batchExported, .providerRemoved, .providerKeysAdded, .rosterUpdated:
      false
    }
  }
}
