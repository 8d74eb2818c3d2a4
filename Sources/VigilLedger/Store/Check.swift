import Foundation
import VigilBase

/// Checks on values before they are written, with messages that say what to type instead.
enum Check {
  /// The most characters, and bytes of UTF-8, a person's name may have: combining marks must not let a
  /// 200-character name grow to kilobytes.
  static let nameLimit = (characters: 200, bytes: 800)

  /// Whose name ``name(_:as:)`` checks, for its messages.
  struct NameUse {
    /// The name's subject in a message, e.g. `the learner's name`.
    var subject: String
    /// What to do about an empty name.
    var whenEmpty: String
    /// Where the name is printed, e.g. `the certificate`.
    var printedOn: String

    /// A learner's name, as certificates print it.
    static let learner = NameUse(
      subject: "the learner's name", whenEmpty: "give it with --name \"First Last\"", printedOn: "the certificate")
    /// A license holder's name on a board's roster.
    static let holder = NameUse(
      subject: "the holder name", whenEmpty: "give the licensee's name as the board's records show it",
      printedOn: "the board's reports")
  }

  /// A person's name as certificates print it: trimmed and in Unicode NFC, with at least one letter,
  /// no control or bidirectional-control character, no character that prints as nothing (default
  /// ignorable and format characters, but the joiners and variation selectors scripts need), at most
  /// 200 characters and 800 bytes.
  static func name(_ name: String, as use: NameUse = .learner) throws(LedgerError) -> String {
    let trimmed = name.trimmingSpaces.precomposedStringWithCanonicalMapping
    guard !trimmed.isEmpty else { throw .invalid("\(use.subject) is empty; \(use.whenEmpty)") }
    guard trimmed.count <= nameLimit.characters, trimmed.utf8.count <= nameLimit.bytes else {
      throw .invalid("\(use.subject) is longer than \(nameLimit.characters) characters (or \(nameLimit.bytes) bytes)")
    }
    if let scalar = firstForbidden(in: trimmed) {
      throw .invalid(
        "\(use.subject) contains the invisible control character U+\(hex(scalar)); type it on one line, "
          + "as it should appear on \(use.printedOn)")
    }
    if let scalar = trimmed.unicodeScalars.first(where: isInvisibleInName) {
      throw .invalid(
        "\(use.subject) contains the invisible character U+\(hex(scalar)); give only the letters, marks and spaces it "
          + "should show on \(use.printedOn)")
    }
    guard trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic && !$0.properties.isDefaultIgnorableCodePoint }) else {
      throw .invalid("\(use.subject) \(Echo.quoted(trimmed)) has no letters; give the name as it should appear on \(use.printedOn)")
    }
    return trimmed
  }

  /// An email address: one `@`, something before it, a dot in the domain, no spaces, at most 254 bytes.
  static func email(_ email: String) throws(LedgerError) -> String {
    let email = email.precomposedStringWithCanonicalMapping
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    let isValid =
      parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
      && !parts[1].hasSuffix(".") && email.utf8.count <= 254
      && !email.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
      && firstForbidden(in: email) == nil
    guard isValid else { throw .invalid("\(Echo.quoted(email)) is not an email address, e.g. ana@example.org") }
    return email
  }

  /// A short text field of a record (course id, version, title, approver…): not blank, one line,
  /// at most 500 characters.
  static func text(_ value: String, _ field: String) throws(LedgerError) -> String {
    let ascii = ASCIIText(value)
    guard ascii.map({ !$0.isBlank }) ?? !isBlank(value) else { throw .invalid("the \(field) is empty") }
    if ascii.map(\.hasControl) ?? hasControlCharacters(value) {
      let scalar = value.unicodeScalars.first { $0.value < 0x20 || $0.value == 0x7F || UnsafeText.isUnsafe($0) }
      throw .invalid(
        "the \(field) \(Echo.quoted(value, limit: 40)) holds the control character U+\(scalar.map(hex) ?? "?"); give it "
          + "on one line, without control characters")
    }
    guard ascii.map({ $0.count <= 500 }) ?? (value.utf8.count <= 500 || value.count <= 500) else {
      throw .invalid("the \(field) \(Echo.quoted(value, limit: 40)) is longer than 500 characters")
    }
    return value
  }

  /// What ``text(_:_:)`` asks of a text that is all ASCII, found in one pass over its bytes (a batch
  /// import checks millions of fields): for ASCII, a space is a space, tab or line break, and a
  /// control is any byte below U+0020 or DEL.
  private struct ASCIIText {
    var count: Int
    var isBlank: Bool
    var hasControl: Bool

    /// Nil when the text is not all ASCII.
    init?(_ text: String) {
      // Scanned in place: iterating `utf8` costs a bounds and form check on every byte.
      var text = text
      guard let scanned = text.withUTF8(Self.init(bytes:)) else { return nil }
      self = scanned
    }

    /// Nil when the bytes are not all ASCII.
    private init?(bytes: UnsafeBufferPointer<UInt8>) {
      var isBlank = true
      var hasControl = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte < 0x20 || byte == 0x7F { hasControl = true }
        if byte != 0x20 && !(0x09...0x0D).contains(byte) { isBlank = false }
      }
      count = bytes.count
      self.isBlank = isBlank
      self.hasControl = hasControl
    }
  }

  /// Ids such as attributes and topics: lowercase letters and digits joined by single hyphens.
  static func ids<Values: Sequence<String>>(_ values: Values, _ field: String) throws(LedgerError) -> Values {
    for value in values
    where !LicenseKey.isHyphenatedID(value) || value.utf8.contains(where: { (65...90).contains($0) }) {
      throw .invalid(
        "\(field) \(Echo.quoted(value)) is not an id: use lowercase letters and digits joined by hyphens, "
          + "e.g. direct-patient-care")
    }
    return values
  }

  private static func hasControlCharacters(_ text: String) -> Bool {
    text.utf8.contains { $0 < 0x20 || $0 == 0x7F } || UnsafeText.firstUnsafe(in: text) != nil
  }

  /// Characters a name would carry unseen, so two names that print alike could differ: every default
  /// ignorable code point and format character (the soft hyphen, zero-width space, word joiner, the
  /// byte-order mark, Hangul fillers, tag characters…) and the object and replacement characters. What
  /// names in Persian, Indic, Mongolian and CJK scripts need stays: the zero-width joiner and
  /// non-joiner, the combining grapheme joiner, variation selectors (and the ideographic ones) and
  /// Mongolian free variation selectors.
  private static func isInvisibleInName(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x034F, 0x180B...0x180F, 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return false
    case 0xFFFC, 0xFFFD: return true
    default: return scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.generalCategory == .format
    }
  }

  /// The first control character (tab and line breaks included) or bidirectional control in the text.
  private static func firstForbidden(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: UnsafeText.isUnsafe)
  }

  private static func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Whether the text is empty or only spaces, tabs and line breaks.
  private static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy(\.isSpace)
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is white space (with a fast path for ASCII).
  var isSpace: Bool {
    isASCII ? self == " " || (0x09...0x0D).contains(value) : properties.isWhitespace
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }), let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return "" }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
    return String(scalars[first...last])
  }
}
