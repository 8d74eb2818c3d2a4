/// How one CSV record is written (RFC 4180): fields separated by commas, CRLF at the end, a field
/// quoted when it holds a comma, a quote, CR or LF or starts with a byte order mark, quotes inside
/// doubled, and, when asked, each field neutralised against formula injection (``FormulaNeutralisation``).
public enum CSVEncoding {
  /// Appends one record, CRLF included, to `line`.
  public static func append(_ fields: [String], neutralisingFormulas: Bool, to line: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { line.append(UInt8(ascii: ",")) }
      append(field, neutralising: neutralisingFormulas, to: &line)
    }
    if fields.count == 1 && fields[0].isEmpty { line += [UInt8(ascii: "\""), UInt8(ascii: "\"")] }
    line.append(0x0D)
    line.append(0x0A)
  }

  private static func append(_ field: String, neutralising: Bool, to line: inout [UInt8]) {
    let utf8 = field.utf8
    let neutralise = neutralising && FormulaNeutralisation.needsNeutralising(utf8)
    // A field that starts with a byte order mark is quoted too: unquoted at the start of a file, the
    // reader would skip it as the file's mark.
    let quote = utf8.contains(where: quotedBytes.contains) || utf8.starts(with: byteOrderMark)
    if quote { line.append(UInt8(ascii: "\"")) }
    if neutralise { line.append(UInt8(ascii: "'")) }
    for byte in utf8 {
      line.append(byte)
      if byte == UInt8(ascii: "\"") { line.append(byte) }
    }
    if quote { line.append(UInt8(ascii: "\"")) }
  }

  /// The bytes that make a field quoted: comma, quote, CR, LF.
  private static let quotedBytes: Set<UInt8> = [0x2C, 0x22, 0x0D, 0x0A]
  /// U+FEFF in UTF-8, which also makes a field that starts with it quoted.
  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
