import VigilBase
import VigilBoards
import VigilLedger

/// `vigil export --overdue`: the completions of a board's licensees not yet exported (no
/// `batch.exported/1` receipt for the board, in any format, covers them) whose board's reporting window
/// has passed. Read in one streaming pass of the ledger, oldest completion first; a revoked
/// certificate's credit is not listed, since nothing of it is to be reported.
public struct OverdueScan: Sendable {
  /// The board, whose file gives the window.
  public var board: Board
  /// The day the window is measured to.
  public var today: CalendarDate

  /// Creates a scan.
  public init(board: Board, today: CalendarDate) {
    self.board = board
    self.today = today
  }

  /// The board's window in days after the completion day; nil when its file sets none (then nothing
  /// is overdue by rule).
  public var windowDays: Int? { board.reporting?.windowDays }

  /// The last day to report a completion of `day`: the window's last day.
  public func dueOn(completedOn day: CalendarDate) -> CalendarDate? { windowDays.map { day.adding(days: $0) } }

  /// Calls `body` with each overdue completion record, oldest first, and returns how many records are
  /// not yet exported, due or not.
  ///
  /// - Throws: What `body` throws, unchanged; ``ExchangeError/Code/storage`` when the ledger cannot be
  ///   read.
  public func scan(_ ledger: Ledger, _ body: (OverdueCompletion) throws -> Void) throws -> Int {
    guard windowDays != nil else { return 0 }
    var sent: [ExportReceipt] = []
    var unexported = 0
    var failure: (any Error)?
    do {
      try ledger.forEachExportedCredit(board: board.id) { source in
        sent = source.exports
      } _: { credit in
        guard credit.revocation == nil,
          !sent.contains(where: { $0.covers(sequence: credit.completionSequence, on: credit.completedOn) }),
          let due = dueOn(completedOn: credit.completedOn)
        else { return }
        unexported += 1
        guard due < today else { return }
        do {
          try body(
            OverdueCompletion(
              record: CompletionRecord(credit: credit, unit: board.unit), dueOn: due,
              daysLate: today.daysSinceEpoch - due.daysSinceEpoch))
        } catch {
          failure = error
          throw error
        }
      }
    } catch {
      if let failure { throw failure }
      throw ExchangeError(.storage, error.message)
    }
    return unexported
  }
}

/// A completion record past its board's reporting window and not yet exported.
public struct OverdueCompletion: Sendable, Hashable {
  /// The record that is due.
  public var record: CompletionRecord
  /// The last day it should have been reported.
  public var dueOn: CalendarDate
  /// Days since that day.
  public var daysLate: Int

  /// Creates a value.
  public init(record: CompletionRecord, dueOn: CalendarDate, daysLate: Int) {
    self.record = record
    self.dueOn = dueOn
    self.daysLate = daysLate
  }
}
