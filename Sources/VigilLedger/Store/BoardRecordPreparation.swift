import VigilBase

/// Checks and lays out records for one batch import (``PreparedBoardRecord``): the provider, the batch
/// and whether its signature was verified. A value, so an importer may hand it to the thread that
/// reads the batch; ``BatchRecordSink/preparation`` gives it.
public struct BoardRecordPreparation: Sendable, Hashable {
  let providerID: Int64
  let batchID: Int64
  let isVerified: Bool

  /// What the ledger makes of a record before it looks at what it holds.
  public enum Outcome: Sendable {
    /// The record is fit to store.
    case ready(PreparedBoardRecord)
    /// The record is unfit to store, and with it the batch: why.
    case refused(String)
  }

  /// Checks a record as the ledger checks whatever it stores, whatever the caller checked before, and
  /// lays it out for storing.
  public func prepare(_ record: BoardRecord) -> Outcome {
    if let problem = Self.problem(in: record) { return .refused(problem) }
    return .ready(PreparedBoardRecord(record, for: self))
  }

  /// What makes a record unfit to store, or nil.
  static func problem(in record: BoardRecord) -> String? {
    guard ChainHash.isHash(record.hash) else {
      return "its hash \(Echo.quoted(record.hash)) is not 64 lowercase hex digits"
    }
    guard record.hashMatchesFields else {
      return "its hash does not match its fields: the record was changed after it was written"
    }
    if let replaces = record.replaces {
      guard ChainHash.isHash(replaces) else {
        return "it replaces \(Echo.quoted(replaces)), which is not a record hash (64 lowercase hex digits)"
      }
      guard replaces != record.hash else { return "it replaces itself" }
    }
    switch record.kind {
    case .revocation where record.replaces == nil: return "a revocation must name the record it revokes (replaces)"
    case .completion where record.reason != nil: return "a completion record carries no reason (only a revocation does)"
    default: break
    }
    guard (1...CreditMinutes.maximum).contains(record.approvalMinutes) else {
      return "its approval minutes \(record.approvalMinutes) are not between 1 and \(CreditMinutes.maximum)"
    }
    guard (0...100_000).contains(record.awardedHundredths) else {
      return "its awarded hours \(record.awardedHundredths) hundredths are not between 0 and 1000 hours"
    }
    do {
      let key = try LicenseKey(board: record.board, type: record.licenseType, number: record.licenseNumber)
      guard key.board == record.board, key.type == record.licenseType else {
        return "its license \(record.licenseKey) is not written as the board writes it (\(key))"
      }
      // One call a field, not a loop over a list of them: a list would be allocated for every record.
      _ = try Check.text(record.approver, "approver")
      _ = try Check.text(record.approvalNumber, "approval number")
      _ = try Check.text(record.certificate, "certificate")
      _ = try Check.text(record.courseID, "course id")
      _ = try Check.text(record.courseTitle, "course title")
      _ = try Check.text(record.courseVersion, "course version")
      _ = try Check.text(record.learnerName, "learner's name")
      if let reason = record.reason { _ = try Check.text(reason, "reason") }
      _ = try Check.ids(record.topics, "topic")
    } catch {
      return error.message
    }
    guard zip(record.topics, record.topics.dropFirst()).allSatisfy({ $0 < $1 }) else {
      return "its topics are not sorted, or list a topic twice"
    }
    return nil
  }
}
