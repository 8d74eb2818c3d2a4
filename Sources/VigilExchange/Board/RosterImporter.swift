import VigilBase
import VigilBoards
import VigilLedger

/// Loads a board's licensee roster from CSV into the board's ledger, atomically: one bad row and
/// nothing is imported, and the error names the row's line and what is wrong.
///
/// Columns, matched by name in any order (a header row names them): `board`, `license_type`,
/// `license_number`, `holder_name`, `expires` (YYYY-MM-DD), and optionally `issued` (YYYY-MM-DD) and
/// `attributes` (practice attributes separated by `;`, e.g. `direct-patient-care;emergency-room`).
/// Each row is checked against its board's file in `Boards/`: the board must exist, issue the license
/// type, and read each attribute. A license may appear once per file; a line is at most 4 KiB and the
/// file at most 256 MiB.
public struct RosterImporter: Sendable {
  /// The columns a roster must have.
  public static let requiredColumns = ["board", "license_type", "license_number", "holder_name", "expires"]
  /// The columns a roster may have.
  public static let optionalColumns = ["issued", "attributes"]
  /// The limits roster files are read with.
  public static let options = CSVOptions(
    maximumFieldBytes: 1024, maximumRecordBytes: 4096, maximumFields: 16, maximumFileBytes: 256 << 20)

  /// The boards rows may name, by id.
  public let boards: [String: Board]

  /// An importer for rows of these boards.
  public init(boards: [Board]) {
    self.boards = Dictionary(boards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Imports the roster file at `path` into `ledger`: new licenses are added, changed ones updated
  /// (each with its event), the others left as they were.
  ///
  /// - Throws: ``ExchangeError`` naming the file, the line and the reason (nothing is imported), or a
  ///   ``VigilLedger/LedgerError`` when the ledger cannot be written.
  public func importRoster(at path: String, into ledger: Ledger) throws -> RosterImportSummary {
    do {
      var reader = try CSVReader(path: path, options: Self.options)
      let header = try CSVHeader(
        try reader.next(), in: path, required: Self.requiredColumns, optional: Self.optionalColumns)
      return try ledger.importRoster { roster in
        while let record = try reader.next() {
          let license = try self.license(try header.row(record, in: path), in: path)
          do throws(LedgerError) {
            _ = try roster.put(license)
          } catch {
            let reason = error.code == .duplicate ? error.message + " in the file" : error.message
            throw ExchangeError(.invalidRecord, "\(path) line \(record.line): \(reason)")
          }
        }
      }
    } catch let error as ExchangeError {
      throw ExchangeError(error.code, error.message + "; nothing was imported")
    }
  }

  /// The roster entry a row stands for, checked against its board.
  func license(_ row: CSVRow, in path: String) throws(ExchangeError) -> RosterLicense {
    func fail(_ reason: String) -> ExchangeError {
      ExchangeError(.invalidRecord, "\(path) line \(row.record.line): \(reason)")
    }
    let boardID = row["board"].trimmedOfWhitespace().lowercased()
    guard let board = boards[boardID] else {
      let known = boards.keys.sorted().joined(separator: ", ")
      throw fail(
        "there is no board \(Echo.quoted(boardID)) in the board files"
          + (known.isEmpty ? "" : " (they hold \(known))"))
    }
    func date(_ column: String) throws(ExchangeError) -> CalendarDate? {
      let text = row[column].trimmedOfWhitespace()
      guard !text.isEmpty else { return nil }
      guard let date = CalendarDate(text) else {
        throw fail("the \(column) date \(Echo.quoted(text)) is not a date; write it YYYY-MM-DD, e.g. 2027-01-31")
      }
      return date
    }
    guard let expires = try date("expires") else { throw fail("the expires date is empty") }
    let attributes = row["attributes"].split(separator: ";").map { $0.trimmedOfWhitespace() }.filter { !$0.isEmpty }
    let profile = LicenseProfile(
      boardID: board.id, licenseType: row["license_type"].trimmedOfWhitespace().uppercased(),
      number: row["license_number"].trimmedOfWhitespace(), expires: expires, issued: try date("issued"),
      attributes: Set(attributes.map(String.init)))
    do {
      try board.check(profile)
    } catch {
      throw fail(error.message)
    }
    return RosterLicense(profile: profile, holderName: row["holder_name"])
  }
}
