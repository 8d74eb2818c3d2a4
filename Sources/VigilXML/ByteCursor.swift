import VigilBase

/// A position in a UTF-8 buffer that keeps its line as it moves and works out columns on demand.
///
/// Columns count Unicode scalars. A column is computed only when asked for, from the last one computed
/// on the same line, so asking in file order costs one pass over each line in all.
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset: Int
  private(set) var line = 1
  private var anchorOffset: Int
  private var anchorColumn = 1

  init(bytes: UnsafeBufferPointer<UInt8>, offset: Int) {
    self.bytes = bytes
    self.offset = offset
    anchorOffset = offset
  }

  /// The line and column of the cursor.
  mutating func location() -> SourceLocation {
    var column = anchorColumn
    var index = anchorOffset
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    anchorOffset = offset
    anchorColumn = column
    return SourceLocation(line: line, column: column)
  }

  /// The byte at the cursor plus `distance`, or nil past the end.
  func peek(at distance: Int = 0) -> UInt8? {
    let index = offset + distance
    return index < bytes.count ? bytes[index] : nil
  }

  /// Whether the bytes at the cursor spell `prefix` (ASCII).
  func hasPrefix(_ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard offset + count <= bytes.count else { return false }
    let start = prefix.utf8Start
    for index in 0..<count where bytes[offset + index] != start[index] { return false }
    return true
  }

  /// Moves one byte forward, counting lines.
  mutating func advance() {
    guard offset < bytes.count else { return }
    if bytes[offset] == 0x0A {
      line += 1
      anchorOffset = offset + 1
      anchorColumn = 1
    }
    offset += 1
  }

  /// Moves `count` bytes forward.
  mutating func advance(by count: Int) {
    for _ in 0..<count { advance() }
  }

  /// Moves over text that needs no look: up to `terminator`, `&`, DEL, a control character other than
  /// tab, line feed and carriage return, the lead byte of a C1 control or of a bidirectional control
  /// (0xC2, 0xE2), or the end. This is the scanner's inner loop: one comparison chain per byte.
  mutating func skipPlainText(until terminator: UInt8) {
    var index = offset
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == terminator { break }
      switch byte {
      case 0x20..<0x7F where byte != UInt8(ascii: "&"):
        index += 1
      case 0x0A:
        line += 1
        index += 1
        anchorOffset = index
        anchorColumn = 1
      case 0x09, 0x0D, 0x80...0xC1, 0xC3...0xE1, 0xE3...0xFF:
        index += 1
      default:
        offset = index
        return
      }
    }
    offset = index
  }

  /// Moves past the next occurrence of `terminator`, or to the end.
  mutating func skip(past terminator: StaticString) {
    while offset < bytes.count {
      if hasPrefix(terminator) {
        advance(by: terminator.utf8CodeUnitCount)
        return
      }
      advance()
    }
  }

  /// Moves past the next occurrence of the byte `terminator`, or to the end.
  mutating func skip(past terminator: UInt8) {
    while let byte = peek() {
      advance()
      if byte == terminator { return }
    }
  }

  /// Moves past a name: everything up to white space, `=`, `>`, `/`, `<` or a quote.
  mutating func skipName() {
    while let byte = peek(), !Self.isNameTerminator(byte) { advance() }
  }

  /// Whether the byte ends a name in markup.
  static func isNameTerminator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
      UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "<"),
      UInt8(ascii: "\""), UInt8(ascii: "'"):
      return true
    default:
      return false
    }
  }
}
