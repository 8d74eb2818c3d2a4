/// Credit minutes read back from the ledger, checked: a stored value no credit can have, or a total
/// that does not fit in an `Int`, is a damaged ledger, never a crash.
public enum CreditMinutes {
  /// The most minutes one credit may carry: 1,000 hours. No CE approval grants anywhere near this; a
  /// larger stored value means the file was damaged or edited.
  public static let maximum = 60_000

  /// `minutes`, checked to lie in `0...maximum`.
  ///
  /// - Parameters:
  ///   - table: The table it was read from, e.g. `credits`.
  ///   - row: The row's id, when known.
  /// - Throws: ``LedgerError/Code-swift.struct/damaged`` naming the table and row.
  public static func checked(_ minutes: Int64, table: String, row: Int64?) throws(LedgerError) -> Int {
    guard minutes >= 0, minutes <= Int64(maximum) else {
      let place = row.map { "\(table) row \($0)" } ?? "a row of \(table)"
      throw LedgerError.damaged(
        "\(place) holds \(minutes) minutes of credit, outside 0 to \(maximum) (1,000 hours)")
    }
    return Int(minutes)
  }

  /// The sum of `minutes`, each checked as ``checked(_:table:row:)`` checks it, with overflow reported
  /// as damage rather than trapping or wrapping.
  ///
  /// - Parameter place: What is summed, for the message, e.g. `the credits of tx-bon:RN:123456`.
  public static func total(_ minutes: some Sequence<Int>, of place: String) throws(LedgerError) -> Int {
    var total = 0
    for value in minutes {
      guard value >= 0, value <= maximum else {
        throw LedgerError.damaged("\(place) include \(value) minutes of credit, outside 0 to \(maximum) (1,000 hours)")
      }
      let (sum, overflow) = total.addingReportingOverflow(value)
      guard !overflow else { throw LedgerError.damaged("\(place) add up to more minutes than can be counted") }
      total = sum
    }
    return total
  }
}
