/// Reads CSV as RFC 4180 defines it, one record at a time, with limits on every size: fields separated
/// by commas, records ended by CRLF (a bare LF is accepted too), a field quoted with `"` when it holds
/// commas, quotes or line breaks, and a quote inside a quoted field doubled (`""`).
///
/// Bytes are read in chunks and every field is checked to be UTF-8 as it ends, so memory stays at one
/// record whatever the file's size; every error names the file and the line. Blank lines are skipped;
/// a UTF-8 byte order mark at the start is skipped. Whether records have the same number of fields is
/// the caller's concern (``CSVHeader`` checks it against the header).
///
/// ```swift
/// var reader = try CSVReader(path: "roster.csv")
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
public struct CSVReader {
  /// The file's name in messages (its path, or what the caller called the bytes).
  public let name: String
  /// The limits and options.
  public let options: CSVOptions
  private let input: ByteInput
  private var line = 1
  private var recordNumber = 0
  /// The fields of the last record, room reserved for the next.
  private var fieldCount = 0
  private var field: [UInt8] = []
  private var startsInput = true
  private var isFinished = false

  private enum State {
    case fieldStart
    case unquoted
    case quoted
    case afterQuote
  }

  /// Reads the file at `path`; `observer` sees every chunk of it as it is read, in order (to hash the
  /// very bytes read).
  ///
  /// - Throws: ``ExchangeError`` with code `unreadable` (missing, a folder, unreadable) or `tooLarge`
  ///   (the file is over ``CSVOptions/maximumFileBytes``).
  public init(
    path: String, options: CSVOptions = CSVOptions(), observer: ((UnsafeRawBufferPointer) -> Void)? = nil
  ) throws(ExchangeError) {
    name = path
    self.options = options
    input = try ByteInput(path: path, limit: options.maximumFileBytes, observer: observer)
  }

  /// Reads CSV held in memory; `name` stands for it in messages.
  public init(bytes: [UInt8], name: String = "the input", options: CSVOptions = CSVOptions()) {
    self.name = name
    self.options = options
    input = ByteInput(bytes: bytes, name: name)
  }

  /// The next record, or nil at the end of the input.
  ///
  /// - Throws: ``ExchangeError`` with code `malformed` (broken quoting, invalid UTF-8), `tooLarge` (a field,
  ///   record or file over its limit) or `unreadable` (reading failed), naming the line.
  public mutating func next() throws(ExchangeError) -> CSVRecord? {
    guard !isFinished else { return nil }
    if startsInput { try skipByteOrderMark() }
    var fields: [String] = []
    fields.reserveCapacity(fieldCount)
    var state = State.fieldStart
    var startLine = line
    var fieldLine = line
    var recordBytes = 0
    var wasQuoted = false
    field.removeAll(keepingCapacity: true)
    while true {
      if input.position == input.filled {
        guard try refill() else {
          isFinished = true
          switch state {
          case .quoted:
            throw malformed(fieldLine, "the quoted field that starts here is never closed (a quote is missing)")
          case .fieldStart where fields.isEmpty && !wasQuoted:
            return nil
          default:
            try finishField(into: &fields, line: startLine)
            return record(fields, startLine)
          }
        }
      }
      // A run of bytes that only extend the field, taken at once as far as the limits allow; the byte
      // that ends the run (or would break a limit) goes through the byte-by-byte rules below.
      if state != .afterQuote {
        let isQuoted = state == .quoted
        let chunk = input.chunk
        let start = input.position
        let end = isQuoted ? Self.endOfQuotedRun(chunk, from: start) : Self.endOfUnquotedRun(chunk, from: start)
        let count = min(
          end - start, options.maximumRecordBytes - recordBytes, options.maximumFieldBytes - field.count)
        if count > 0 {
          let run = UnsafeBufferPointer(rebasing: chunk[start..<(start + count)])
          if isQuoted { line += Self.lineFeeds(in: run) } else { state = .unquoted }
          field.append(contentsOf: run)
          recordBytes += count
          input.position = start + count
          continue
        }
      }
      let byte = input.chunk[input.position]
      input.position += 1
      recordBytes += 1
      guard recordBytes <= options.maximumRecordBytes else {
        throw ExchangeError(
          .tooLarge, "\(name) line \(startLine): the record is longer than \(options.maximumRecordBytes) bytes")
      }
      switch state {
      case .fieldStart, .unquoted, .afterQuote:
        switch byte {
        case UInt8(ascii: ","):
          try finishField(into: &fields, line: startLine)
          state = .fieldStart
          wasQuoted = false
          fieldLine = line
          continue
        case 0x0D, 0x0A:
          if byte == 0x0D { try expectLineFeed() }
          line += 1
          if state == .fieldStart && fields.isEmpty && !wasQuoted {
            startLine = line
            fieldLine = line
            recordBytes = 0
            continue
          }
          try finishField(into: &fields, line: startLine)
          return record(fields, startLine)
        case UInt8(ascii: "\""):
          switch state {
          case .fieldStart:
            state = .quoted
            wasQuoted = true
            fieldLine = line
          case .afterQuote:
            try append(byte, line: fieldLine)
            state = .quoted
          default:
            throw malformed(
              line, "a quote inside a field that does not start with one; quote the whole field and double the quote")
          }
        default:
          guard state != .afterQuote else {
            throw malformed(
              line,
              "a quoted field goes on after its closing quote; double a quote inside a quoted field (\"\")")
          }
          try append(byte, line: fieldLine)
          state = .unquoted
        }
      case .quoted:
        if byte == UInt8(ascii: "\"") {
          state = .afterQuote
        } else {
          if byte == 0x0A { line += 1 }
          try append(byte, line: fieldLine)
        }
      }
    }
  }

  /// Where the run of bytes from `start` that an unquoted field takes as they are ends: at a comma, a
  /// quote, a line break, or the chunk's end.
  private static func endOfUnquotedRun(_ chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < chunk.count {
      switch chunk[index] {
      case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A: return index
      default: index += 1
      }
    }
    return index
  }

  /// Where the run of bytes from `start` that a quoted field takes as they are ends: at a quote or the
  /// chunk's end.
  private static func endOfQuotedRun(_ chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < chunk.count, chunk[index] != UInt8(ascii: "\"") { index += 1 }
    return index
  }

  private static func lineFeeds(in run: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in run where byte == 0x0A { count += 1 }
    return count
  }

  private mutating func record(_ fields: [String], _ line: Int) -> CSVRecord {
    recordNumber += 1
    fieldCount = fields.count
    return CSVRecord(fields: fields, line: line, number: recordNumber)
  }

  /// Reads the next chunk; false at the end of the input.
  private mutating func refill() throws(ExchangeError) -> Bool {
    guard try input.refill() else { return false }
    guard input.total <= options.maximumFileBytes else {
      throw ExchangeError(.tooLarge, "\(name) is larger than the \(options.maximumFileBytes) bytes Vigil reads")
    }
    return true
  }

  private mutating func nextByte() throws(ExchangeError) -> UInt8? {
    if input.position == input.filled {
      guard try refill() else { return nil }
    }
    let byte = input.chunk[input.position]
    input.position += 1
    return byte
  }

  private mutating func expectLineFeed() throws(ExchangeError) {
    guard let next = try nextByte() else { return }
    guard next == 0x0A else {
      throw malformed(line, "a carriage return not followed by a line feed; end lines with CRLF or LF")
    }
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8, line: Int) throws(ExchangeError) {
    guard field.count < options.maximumFieldBytes else {
      throw ExchangeError(.tooLarge, "\(self.name) line \(line): a field is longer than \(options.maximumFieldBytes) bytes")
    }
    field.append(byte)
  }

  private mutating func finishField(into fields: inout [String], line: Int) throws(ExchangeError) {
    guard fields.count < options.maximumFields else {
      throw ExchangeError(.tooLarge, "\(name) line \(line): the record has more than \(options.maximumFields) fields")
    }
    let bytes = options.undoesNeutralisation && FormulaNeutralisation.isNeutralised(field) ? field[1...] : field[...]
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw malformed(line, "field \(fields.count + 1) is not valid UTF-8; save the file as UTF-8")
    }
    fields.append(text)
    field.removeAll(keepingCapacity: true)
  }

  /// Skips a UTF-8 byte order mark at the very start (spreadsheets write one).
  private mutating func skipByteOrderMark() throws(ExchangeError) {
    startsInput = false
    if input.filled == 0 { _ = try input.refill() }
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    if input.filled >= 3, input.chunk.prefix(3).elementsEqual(bom) { input.position = 3 }
  }

  private func malformed(_ line: Int, _ reason: String) -> ExchangeError {
    ExchangeError(.malformed, "\(name) line \(line): \(reason)")
  }
}
