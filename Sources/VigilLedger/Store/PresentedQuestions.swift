import Foundation
import GRDB
import VigilGrading

/// The questions each attempt presents, read once per attempt: an attempt's realised order never
/// changes after it starts, so every response save need not parse it again.
final class PresentedQuestions: @unchecked Sendable {
  private let lock = NSLock()
  private var byAttempt: [Int64: Set<String>] = [:]

  /// The question ids attempt `id` presents (read inside the caller's transaction on first use).
  func questions(of id: Int64, _ db: Database) throws -> Set<String> {
    if let known = lock.withLock({ byAttempt[id] }) { return known }
    guard let realised = try String.fetchOne(db, sql: "SELECT realised FROM attempts WHERE id = ?", arguments: [id])
    else { throw LedgerError.notFound("there is no attempt \(id) in the ledger") }
    let ids = Set(try LedgerJSON.decode(RealisedAttempt.self, realised, in: "attempts row \(id)").questions.map(\.questionID))
    lock.withLock { byAttempt[id] = ids }
    return ids
  }
}
