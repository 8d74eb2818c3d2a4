import Foundation
import GRDB
import VigilBase

extension Ledger {
  /// The most extra time a learner can be given: four times the limit on top of it (five times in all).
  public static let maximumExtraTimePercent = 400

  /// The extra time the learner gets on timed quizzes, as a percentage of the time limit (0 without).
  ///
  /// Set it with ``updateLearner(id:name:email:birthday:extraTimePercent:)``.
  public func extraTimePercent(learnerID: Int64) throws(LedgerError) -> Int {
    try read { db in try Self.extraTimePercent(db, learnerID: learnerID) }
  }

  /// Records the extra time a learner gets on every timed quiz, as a percentage of the quiz's time limit
  /// (50 is time and a half; 0 removes the accommodation), as an event on the learner's stream; nothing
  /// is recorded when it is already so. An attempt keeps the deadline it started with.
  static func recordExtraTime(_ db: Database, _ chain: inout EventAppender, learnerID: Int64, percent: Int) throws {
    guard (0...maximumExtraTimePercent).contains(percent) else {
      throw LedgerError.invalid(
        "extra time is a percentage of the time limit from 0 (none) to \(maximumExtraTimePercent), not \(percent)")
    }
    guard try extraTimePercent(db, learnerID: learnerID) != percent else { return }
    var data = CanonicalJSON()
    data.field("extraTimePercent", percent)
    data.field("learner", learnerID)
    try chain.append(
      db, .learnerAccommodated, stream: "learner/\(learnerID)",
      key: accommodationPrefix(learnerID) + "\(chain.headSeq + 1)", data: data)
  }

  /// An accommodation event's percentage when its data is one Vigil writes (0 to 400, for the learner
  /// its stream names), else nil: the reader and the chain's verifier hold events to the same rule.
  static func extraTimePercent(fromBody body: String, stream: String) -> Int? {
    guard let event = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
      let data = event["data"] as? [String: Any], let percent = data["extraTimePercent"] as? Int,
      let learner = data["learner"] as? Int, (0...maximumExtraTimePercent).contains(percent),
      stream == "learner/\(learner)"
    else { return nil }
    return percent
  }

  private static func accommodationPrefix(_ learnerID: Int64) -> String { "learner/\(learnerID)/accommodation/" }

  /// The latest accommodation event's percentage, read from its body.
  static func extraTimePercent(_ db: Database, learnerID: Int64) throws -> Int {
    let prefix = accommodationPrefix(learnerID)
    // Keys end in a sequence number, so the latest is the highest seq, not the highest key.
    guard
      let body = try String.fetchOne(
        db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? ORDER BY seq DESC LIMIT 1",
        arguments: [prefix, String(prefix.dropLast()) + "0"])
    else { return 0 }
    guard let percent = extraTimePercent(fromBody: body, stream: "learner/\(learnerID)") else {
      throw LedgerError.damaged(
        "learner \(learnerID)'s accommodation event is not one Vigil writes (extra time outside 0 to 400 percent)")
    }
    return percent
  }
}
