/// Checks on values before they are written, with messages that say what to type instead.
enum Check {
  /// A person's name: not blank, at most 200 characters, no control characters. Returns it trimmed.
  static func name(_ name: String) throws(LedgerError) -> String {
    let trimmed = name.trimmingSpaces
    guard !trimmed.isEmpty else { throw .invalid("the learner's name is empty; give it with --name \"First Last\"") }
    guard trimmed.count <= 200 else { throw .invalid("the learner's name is longer than 200 characters") }
    guard !hasControlCharacters(trimmed) else {
      throw .invalid("the learner's name contains a control character (a line break or tab); type it on one line")
    }
    return trimmed
  }

  /// An email address: one `@`, something before it, a dot in the domain, no spaces, at most 254 bytes.
  static func email(_ email: String) throws(LedgerError) -> String {
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    let isValid =
      parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
      && !parts[1].hasSuffix(".") && email.utf8.count <= 254
      && !email.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
    guard isValid else { throw .invalid("'\(email)' is not an email address, e.g. ana@example.org") }
    return email
  }

  /// A short text field of a record (course id, version, title, approver…): not blank, one line,
  /// at most 500 characters.
  static func text(_ value: String, _ field: String) throws(LedgerError) -> String {
    guard !isBlank(value) else { throw .invalid("the \(field) is empty") }
    guard value.utf8.count <= 500 || value.count <= 500, !hasControlCharacters(value) else {
      throw .invalid("the \(field) '\(value.prefix(40))' must be one line of at most 500 characters")
    }
    return value
  }

  /// Ids such as attributes and topics: lowercase letters and digits joined by single hyphens.
  static func ids(_ values: Set<String>, _ field: String) throws(LedgerError) -> Set<String> {
    for value in values
    where !LicenseKey.isHyphenatedID(value) || value.utf8.contains(where: { (65...90).contains($0) }) {
      throw .invalid(
        "\(field) '\(value)' is not an id: use lowercase letters and digits joined by hyphens, "
          + "e.g. direct-patient-care")
    }
    return values
  }

  private static func hasControlCharacters(_ text: String) -> Bool {
    text.utf8.contains { $0 < 0x20 || $0 == 0x7F }
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
