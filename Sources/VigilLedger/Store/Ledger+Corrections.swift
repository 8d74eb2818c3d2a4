import GRDB
import VigilBase
import VigilBoards

extension Ledger {
  /// Corrects a learner: a new name (as certificates must print it), email or birthday. The row changes
  /// together with a `learner.changed` event; nothing changes when the values are the same.
  ///
  /// - Parameters:
  ///   - name: The new name, or nil to keep it.
  ///   - email: `.some(nil)` (or an empty string) removes the email; nil keeps it.
  ///   - birthday: `.some(nil)` removes the birthday; nil keeps it.
  ///   - extraTimePercent: Extra time on every timed quiz as an accommodation, as a percentage of the
  ///     time limit (50 is time and a half, 0 removes it, at most 400), recorded as a
  ///     `learner.accommodated` event; nil keeps it. An attempt already started keeps its deadline.
  /// - Returns: The learner as stored afterwards.
  /// - Throws: ``LedgerError`` (``LedgerError/Code-swift.struct/notFound``, or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` for a name or email the rules refuse).
  @discardableResult
  public func updateLearner(
    id: Int64, name: String? = nil, email: String?? = nil, birthday: MonthDay?? = nil, extraTimePercent: Int? = nil
  ) throws(LedgerError) -> Learner {
    let recordedAt = clock()
    return try write { db in
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let learner = try writer.updateLearner(id: id, name: name, email: email, birthday: birthday)
      if let extraTimePercent {
        try Self.recordExtraTime(db, &writer.chain, learnerID: id, percent: extraTimePercent)
      }
      return learner
    }
  }

  /// Renews or corrects a license: a new expiry (a renewal), issue date or practice attributes. The
  /// row changes together with a `license.changed` event; nothing changes when the values are the same.
  ///
  /// - Parameter issued: `.some(nil)` removes the issue date; nil keeps it.
  /// - Returns: The license as stored afterwards.
  /// - Throws: ``LedgerError`` (``LedgerError/Code-swift.struct/notFound``, or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` for an issue date after the expiry or a malformed attribute).
  @discardableResult
  public func updateLicense(
    _ key: LicenseKey, expires: CalendarDate? = nil, issued: CalendarDate?? = nil, attributes: Set<String>? = nil
  ) throws(LedgerError) -> License {
    let recordedAt = clock()
    return try write { db in
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      return try writer.updateLicense(key, expires: expires, issued: issued, attributes: attributes).license()
    }
  }
}
