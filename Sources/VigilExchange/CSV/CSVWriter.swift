/// Writes CSV as RFC 4180 defines it (fields separated by commas, records ended by CRLF, a field
/// quoted when it holds a comma, a quote, CR or LF, quotes inside doubled), in UTF-8, with every cell
/// neutralised against formula injection.
///
/// Neutralisation follows OWASP's rule for CSV injection: a cell whose first character is `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows the text instead of
/// running it. A reader of Vigil's CSV removes exactly that one `'` (a cell that begins with `'`
/// followed by one of those characters), so every value comes back as it was.
public enum CSVWriter {
  /// Appends one record (the cells, then CRLF) to `bytes`.
  public static func append(_ cells: [String], to bytes: inout [UInt8]) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      append(cell: cell, to: &bytes)
    }
    bytes.append(contentsOf: [0x0D, 0x0A])
  }

  /// Whether a cell's text would start a formula in a spreadsheet: its first byte is `=`, `+`, `-`,
  /// `@`, tab or CR.
  public static func needsNeutralising(_ text: some StringProtocol) -> Bool {
    guard let first = text.utf8.first else { return false }
    return formulaStarts.contains(first)
  }

  /// The first bytes OWASP lists: `=`, `+`, `-`, `@`, tab, carriage return.
  static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

  /// The bytes that make a field quoted: comma, quote, CR, LF.
  private static let quotedBytes: Set<UInt8> = [0x2C, 0x22, 0x0D, 0x0A]

  private static func append(cell: String, to bytes: inout [UInt8]) {
    let neutralise = needsNeutralising(cell)
    let quote = cell.utf8.contains(where: quotedBytes.contains)
    if quote { bytes.append(0x22) }
    if neutralise { bytes.append(UInt8(ascii: "'")) }
    for byte in cell.utf8 {
      if byte == 0x22 { bytes.append(0x22) }
      bytes.append(byte)
    }
    if quote { bytes.append(0x22) }
  }
}
