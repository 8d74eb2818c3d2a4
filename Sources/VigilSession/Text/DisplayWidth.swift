/// Terminal columns a text takes: grapheme clusters, with East Asian wide characters and emoji two
/// columns, combining marks and format characters none. A small table of its own (no Foundation, no
/// `wcwidth`, which depends on the locale).
public enum DisplayWidth {
  /// The columns of one grapheme cluster: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { return 2 }  // emoji presentation selector
      let scalarWidth = of(scalar)
      width = max(width, scalarWidth)
    }
    return width
  }

  /// The columns of a text: the sum over its grapheme clusters (printable ASCII, most of any screen,
  /// is one column a byte).
  public static func of(_ text: some StringProtocol) -> Int {
    var columns = 0
    for byte in text.utf8 {
      guard (0x20..<0x7F).contains(byte) else { return text.reduce(0) { $0 + of($1) } }
      columns += 1
    }
    return columns
  }

  /// The columns of one scalar on its own.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth ranges, and the emoji blocks.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
