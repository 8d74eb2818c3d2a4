/// The characters that must never reach a terminal, a certificate or a board unescaped: XML and JSON
/// allow them, but a terminal obeys them and a PDF draws them in a misleading order.
public enum UnsafeText {
  /// Whether the scalar is a C0 control other than tab, line feed and carriage return, DEL, or a C1 control.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
  }

  /// Whether the scalar is a bidirectional control: an embedding, override or isolate (U+202A–U+202E,
  /// U+2066–U+2069), a directional mark (U+200E, U+200F, U+061C), or a line or paragraph separator.
  public static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether the scalar is unsafe to echo: a control of either kind, or tab, line feed or carriage return.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || isControl(scalar) || isBidirectionalControl(scalar)
  }

  /// The first scalar in the text that is a control character (tab and line breaks allowed) or a
  /// bidirectional control, or nil when there is none.
  public static func firstUnsafe(in text: some StringProtocol) -> Unicode.Scalar? {
    text.unicodeScalars.first { isControl($0) || isBidirectionalControl($0) }
  }

  /// Whether the text holds U+FFFD, the replacement character: what decoding bytes that are not UTF-8
  /// leaves in a line typed at a prompt, which a prompt refuses with ``notUTF8Line``.
  public static func containsReplacementCharacter(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains("\u{FFFD}")
  }

  /// What a prompt says to a line that held bytes that are not UTF-8.
  public static let notUTF8Line =
    "That line holds bytes that are not UTF-8 text (shown as U+FFFD); set your terminal to UTF-8 and type it again."
}
