extension Substring {
  /// The text without leading and trailing white space (Unicode White_Space, newlines included).
  public func trimmedOfWhitespace() -> Substring {
    // Fast path: ASCII spaces, tabs and line breaks trimmed byte by byte, when what remains starts
    // and ends with a printable ASCII character (so no grapheme or property look-up is needed).
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start != end, Self.isASCIIWhitespace(utf8[start]) { start = utf8.index(after: start) }
    while end != start, Self.isASCIIWhitespace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    if start == end { return self[end..<end] }
    if utf8[start] < 0x80, utf8[utf8.index(before: end)] < 0x80 { return self[start..<end] }
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return self[endIndex...] }
    return self[first...last]
  }

  /// Space, tab, line feed, vertical tab, form feed or carriage return.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}

extension String {
  /// Whether the text is empty or white space alone (Unicode White_Space, newlines included): what
  /// ``trimmedOfWhitespace()`` would leave empty, found without trimming (a batch import asks it of
  /// millions of fields).
  public var isBlank: Bool {
    for byte in utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
      return byte < 0x80 ? false : self[...].trimmedOfWhitespace().isEmpty
    }
    return true
  }

  /// The text without leading and trailing white space (Unicode White_Space, newlines included).
  public func trimmedOfWhitespace() -> String {
    String(self[...].trimmedOfWhitespace())
  }
}
