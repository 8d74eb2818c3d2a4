import VigilBase

/// A CSV file's header row, matched by name: which field of each record holds which column, whatever
/// their order. Names are compared without surrounding spaces and without regard to case.
///
/// ```swift
/// let header = try CSVHeader(try reader.next(), in: reader.name, required: ["board"], optional: ["issued"])
/// while let record = try reader.next() {
///   let row = try header.row(record, in: reader.name)
///   print(row["board"], row["issued"])   // "" for an optional column the file lacks
/// }
/// ```
public struct CSVHeader: Sendable {
  /// Each known column's field index in the file, by its documented name.
  private let indices: [String: Int]
  /// How many fields the header has; every record must have as many.
  public let count: Int

  /// Reads the header from the first record.
  ///
  /// - Parameters:
  ///   - record: The first record, or nil for an empty file.
  ///   - name: The file's name in messages.
  ///   - required: Columns the file must have.
  ///   - optional: Columns the file may have.
  /// - Throws: ``ExchangeError`` with code `malformed` for an empty file, a missing, unknown or repeated column.
  public init(_ record: CSVRecord?, in name: String, required: [String], optional: [String] = []) throws(ExchangeError) {
    guard let record else {
      throw ExchangeError(.malformed, "\(name) is empty; its first line must name the columns: \(required.joined(separator: ","))")
    }
    let known = required + optional
    var indices: [String: Int] = [:]
    for (index, field) in record.fields.enumerated() {
      let column = field.trimmedOfWhitespace().lowercased()
      guard known.contains(column) else {
        throw ExchangeError(
          .malformed,
          "\(name) line \(record.line): \(Echo.quoted(field)) is not a column Vigil reads here; the columns are "
            + known.joined(separator: ", "))
      }
      guard indices.updateValue(index, forKey: column) == nil else {
        throw ExchangeError(.malformed, "\(name) line \(record.line): the column \(column) is named twice")
      }
    }
    if let missing = required.first(where: { indices[$0] == nil }) {
      throw ExchangeError(
        .malformed,
        "\(name) line \(record.line): the column \(missing) is missing; the header must name "
          + required.joined(separator: ", ") + (optional.isEmpty ? "" : " (and may name " + optional.joined(separator: ", ") + ")"))
    }
    self.indices = indices
    count = record.fields.count
  }

  /// Whether the file has the column.
  public func has(_ column: String) -> Bool { indices[column] != nil }

  /// The field index of a column in each record, or nil when the file lacks it: for a reader that
  /// looks the columns up once rather than for every record.
  public func index(of column: String) -> Int? { indices[column] }

  /// Checks that a record has as many fields as the header.
  ///
  /// - Throws: ``ExchangeError`` with code `malformed` when it has another number.
  public func check(_ record: CSVRecord, in name: String) throws(ExchangeError) {
    guard record.fields.count == count else {
      throw ExchangeError(
        .malformed,
        "\(name) line \(record.line): the record has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), "
          + "the header \(count); quote a field that holds a comma")
    }
  }

  /// A record's fields by column name.
  ///
  /// - Throws: ``ExchangeError`` with code `malformed` when the record has another number of fields than
  ///   the header.
  public func row(_ record: CSVRecord, in name: String) throws(ExchangeError) -> CSVRow {
    try check(record, in: name)
    return CSVRow(record: record, indices: indices)
  }
}

/// One record's fields by column name (see ``CSVHeader/row(_:in:)``).
public struct CSVRow: Sendable {
  /// The record.
  public let record: CSVRecord
  fileprivate let indices: [String: Int]

  /// The field of `column`, or the empty string when the file lacks that (optional) column.
  public subscript(column: String) -> String {
    indices[column].map { record.fields[$0] } ?? ""
  }
}
