import VigilBoards
import VigilLedger

/// CE Broker's roster as CSV: one ``CEBrokerRow`` per completion record, no header row (CE Broker's
/// layout names none), cells written and neutralised as ``CSVWriter`` does.
///
/// A roster cannot withdraw a completion (CE Broker lets a provider neither edit nor delete a posted
/// one), so a revoked certificate's credit is left out and counted in ``withheld``; and a certificate
/// re-issued after a corrected name gives no second row, since the name is not a column and the row
/// would repeat the first edition's.
struct CEBrokerRosterEncoder: RecordEncoder {
  /// The board's codes.
  let codes: CEBrokerCodes
  /// The board's id, for messages.
  let board: String
  /// The course packages' numbers.
  let catalog: CEBrokerCatalog
  /// Credits left out because their certificate was revoked.
  private(set) var withheld = 0
  /// The credit (completion, license, approval) whose row was written last: its later editions, which
  /// come right after it, repeat that row.
  private var lastRow: (completion: Int64, license: LicenseKey, approver: String, approval: String)?

  /// An encoder for a board; the board file must give CE Broker codes.
  ///
  /// - Throws: ``ExchangeError/Code/usage`` when it gives none.
  init(board: Board, catalog: CEBrokerCatalog) throws(ExchangeError) {
    guard let codes = board.reporting?.ceBroker else {
      throw ExchangeError(
        .usage,
        "board \(board.id)'s file gives no CE Broker codes (<reporting><ceBroker state=…>); cebroker-csv is for "
          + "boards whose licensees CE Broker tracks")
    }
    self.codes = codes
    self.board = board.id
    self.catalog = catalog
  }

  func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) {}

  mutating func append(
    credit: ExportedCredit, record: CompletionRecord, hash: String, revocation: CreditRevocation?,
    into bytes: inout [UInt8]
  ) throws(ExchangeError) -> (records: Int, revocations: Int) {
    let credited = (credit.completionID, credit.license, credit.approver, credit.approvalNumber)
    if record.replaces != nil, let lastRow, lastRow == credited { return (0, 0) }
    guard revocation == nil else {
      withheld += 1
      return (0, 0)
    }
    let cells = try CEBrokerRow.cells(record, numbers: try catalog.numbers(for: record), codes: codes, board: board)
    CSVEncoding.append(cells, neutralisingFormulas: true, to: &bytes)
    lastRow = credited
    return (1, 0)
  }

  func end(records: Int, into bytes: inout [UInt8]) {}
}
