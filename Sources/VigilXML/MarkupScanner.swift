import VigilBase

/// A fast byte-level pass over a file before libxml2 sees it.
///
/// It refuses what must never reach the parser (invalid UTF-8, NUL bytes, UTF-16, any DOCTYPE, nesting
/// deeper than the limit, and elements whose attributes, namespace declarations, attribute values or
/// names pass the ``XMLLimits``) and records the line and column of every start tag and attribute,
/// which libxml2's tree does not keep. Comments, processing instructions and CDATA sections are read
/// by XML's own grammar, so in a well-formed document the n-th start tag found here is the n-th element
/// of libxml2's tree. Control characters and bidirectional controls in text and attribute values are
/// recorded as issues that do not stop parsing.
struct MarkupScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: XMLLimits

  /// Scans the bytes, returning the element positions or the first problem that forbids parsing.
  func scan() -> Result<MarkupScan, XMLIssue> {
    if let issue = encodingIssue() ?? declaredEncodingIssue() { return .failure(issue) }
    return scanMarkup()
  }

  /// Refuses an XML declaration that names an encoding other than UTF-8, which libxml2 would honour and
  /// so read the (UTF-8) bytes as something else.
  private func declaredEncodingIssue() -> XMLIssue? {
    let start = contentStart
    let prefix = Array("<?xml".utf8)
    guard bytes.count >= start + prefix.count, Array(bytes[start..<start + prefix.count]) == prefix else { return nil }
    var end = start
    while end + 1 < bytes.count, end < start + 512, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) {
      end += 1
    }
    let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
    guard let range = declaration.firstRange(of: "encoding") else { return nil }
    let value = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
      .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
    guard !["utf-8", "utf8"].contains(value.lowercased()) else { return nil }
    return XMLIssue(
      .encoding, "the file declares encoding \"\(value)\"; Vigil reads UTF-8 only: save it as UTF-8 and declare encoding=\"UTF-8\"")
  }

  /// The byte offset where the content starts, after a UTF-8 byte order mark.
  var contentStart: Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  private func encodingIssue() -> XMLIssue? {
    if bytes.count >= 2,
      (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
        || (bytes[0] == 0x3C && bytes[1] == 0x00) || (bytes[0] == 0x00 && bytes[1] == 0x3C)
    {
      return XMLIssue(.encoding, "the file is UTF-16; save it as UTF-8")
    }
    guard let offset = firstEncodingProblem() else { return nil }
    let location = location(of: offset)
    let byte = bytes[offset]
    if byte == 0 {
      return XMLIssue(
        .encoding, "the file holds a NUL byte; it is binary or damaged, save it again as UTF-8 text", at: location)
    }
    let hex = String(byte, radix: 16, uppercase: true)
    return XMLIssue(.encoding, "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8", at: location)
  }

  /// The offset of the first NUL byte or invalid UTF-8 sequence, or nil; runs of ASCII are checked
  /// eight bytes at a time, and lines are counted only once a problem is found.
  private func firstEncodingProblem() -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    var index = contentStart
    while index < bytes.count {
      if index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // No byte with its high bit set, and no zero byte.
        if word & high == 0 && (word &- ones) & ~word & high == 0 {
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      if byte == 0 { return index }
      if byte < 0x80 {
        index += 1
        continue
      }
      let length = UTF8Validation.sequenceLength(in: bytes, at: index)
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The line and column of a byte offset (columns in Unicode scalars).
  private func location(of offset: Int) -> SourceLocation {
    var location = SourceLocation.start
    for index in contentStart..<offset {
      let byte = bytes[index]
      if byte == 0x0A {
        location.line += 1
        location.column = 1
      } else if byte & 0xC0 != 0x80 {
        location.column += 1
      }
    }
    return location
  }

  private func scanMarkup() -> Result<MarkupScan, XMLIssue> {
    var cursor = ByteCursor(bytes: bytes, offset: contentStart)
    var scan = MarkupScan(issueLimit: limits.maximumIssuesPerFile)
    var depth = 0
    while let byte = cursor.peek() {
      guard byte == UInt8(ascii: "<") else {
        cursor.skipPlainText(until: UInt8(ascii: "<"))
        if let stop = cursor.peek(), stop != UInt8(ascii: "<") {
          checkCharacter(&cursor, into: &scan, where: "text", references: true)
          cursor.advance()
        }
        continue
      }
      let start = cursor.location()
      switch cursor.peek(at: 1) {
      case UInt8(ascii: "!"):
        if cursor.hasPrefix("<!--") {
          cursor.advance(by: 4)
          if let issue = skipComment(&cursor) { return .failure(issue) }
        } else if cursor.hasPrefix("<![CDATA[") {
          cursor.advance(by: 9)
          while cursor.peek() != nil, !cursor.hasPrefix("]]>") {
            checkCharacter(&cursor, into: &scan, where: "text", references: false)
            cursor.advance()
          }
          cursor.advance(by: 3)
        } else if cursor.hasPrefix("<!DOCTYPE") {
          return .failure(
            XMLIssue(
              .doctype, "DOCTYPE declarations are not accepted (they allow entity attacks); remove it",
              at: start))
        } else {
          cursor.advance()
        }
      case UInt8(ascii: "?"):
        // A processing instruction ends at the first `?>` after its `<?`: `<?>` does not close itself.
        cursor.advance(by: 2)
        cursor.skip(past: "?>")
      case UInt8(ascii: "/"):
        depth -= 1
        cursor.skip(past: UInt8(ascii: ">"))
      default:
        cursor.advance()
        switch scanStartTag(&cursor, at: start, into: &scan) {
        case .failure(let issue): return .failure(issue)
        case .success(let isEmpty):
          if !isEmpty {
            depth += 1
            if depth > limits.maximumDepth {
              return .failure(
                XMLIssue(
                  .tooDeep, "elements nest deeper than \(limits.maximumDepth) levels; flatten the document",
                  at: start))
            }
          }
        }
      }
    }
    scan.finish()
    return .success(scan)
  }

  /// Moves past a comment whose `<!--` is behind the cursor, by XML's grammar: the first `--` must be
  /// the closing `-->` (so `<!-->` and `<!--->` do not close the comment they open).
  ///
  /// - Returns: The issue when `--` appears inside the comment, which XML forbids.
  private func skipComment(_ cursor: inout ByteCursor) -> XMLIssue? {
    while let byte = cursor.peek() {
      if byte == UInt8(ascii: "-"), cursor.peek(at: 1) == UInt8(ascii: "-") {
        if cursor.peek(at: 2) == UInt8(ascii: ">") {
          cursor.advance(by: 3)
          return nil
        }
        return XMLIssue(
          .malformed, "not well-formed XML: '--' inside a comment; XML allows two hyphens only in the closing '-->'",
          at: cursor.location())
      }
      cursor.advance()
    }
    return nil
  }

  /// Records the character at the cursor when it is a control or bidirectional character.
  private func checkCharacter(_ cursor: inout ByteCursor, into scan: inout MarkupScan, where place: String, references: Bool) {
    let byte = bytes[cursor.offset]
    guard byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == UInt8(ascii: "&"),
      let value = ControlCharacters.forbidden(in: bytes, at: cursor.offset, references: references)
    else { return }
    let written = byte == UInt8(ascii: "&") ? ", written as a character reference," : ""
    scan.record(
      XMLIssue(
        .controlCharacter,
        "the \(place) holds \(ControlCharacters.describe(value))\(written) which a terminal or a certificate "
          + "would act on instead of showing; remove it",
        at: cursor.location()))
  }

  /// Reads a start tag after its `<`: the name, then attributes up to `>` or `/>`.
  ///
  /// - Returns: Whether the element is empty (`/>`), or the limit it breaks.
  private func scanStartTag(
    _ cursor: inout ByteCursor, at start: SourceLocation, into scan: inout MarkupScan
  ) -> Result<Bool, XMLIssue> {
    var attributes: [SourceLocation] = []
    var namespaces = 0
    var attributeLocation = start
    let nameStart = cursor.offset
    cursor.skipName()
    if cursor.offset - nameStart > limits.maximumNameBytes { return .failure(nameTooLong(at: start)) }
    let element = String(decoding: bytes[nameStart..<cursor.offset], as: UTF8.self)
    func finish(_ isEmpty: Bool) -> Result<Bool, XMLIssue> {
      scan.elements.append(
        ScannedElement(location: start, attributeLocations: attributes, closingLine: cursor.line))
      return .success(isEmpty)
    }
    while let byte = cursor.peek() {
      switch byte {
      case UInt8(ascii: ">"):
        cursor.advance()
        return finish(false)
      case UInt8(ascii: "/"):
        cursor.advance()
        if cursor.peek() == UInt8(ascii: ">") {
          cursor.advance()
          return finish(true)
        }
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "="):
        cursor.advance()
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        cursor.advance()
        let valueStart = cursor.offset
        while true {
          cursor.skipPlainText(until: byte)
          guard let next = cursor.peek(), next != byte else { break }
          checkCharacter(&cursor, into: &scan, where: "attribute value", references: true)
          cursor.advance()
        }
        if cursor.offset - valueStart > limits.maximumAttributeValueBytes {
          return .failure(
            XMLIssue(
              .attributeTooLong,
              "an attribute value of <\(element)> is longer than \(limits.maximumAttributeValueBytes) bytes, the "
                + "limit; put long text in an element", at: attributeLocation))
        }
        cursor.advance()
      case UInt8(ascii: "<"):
        // Not well-formed; libxml2 reports it.
        return finish(true)
      default:
        attributeLocation = cursor.location()
        let attributeStart = cursor.offset
        cursor.skipName()
        let length = cursor.offset - attributeStart
        if length == 0 {
          cursor.advance()
          continue
        }
        if length > limits.maximumNameBytes { return .failure(nameTooLong(at: attributeLocation)) }
        if isNamespaceDeclaration(bytes[attributeStart..<cursor.offset]) {
          namespaces += 1
          if namespaces > limits.maximumNamespaceDeclarationsPerElement {
            return .failure(
              XMLIssue(
                .tooManyNamespaces,
                "<\(element)> declares more than \(limits.maximumNamespaceDeclarationsPerElement) namespaces, the "
                  + "limit; declare each namespace once, on the root element", at: attributeLocation))
          }
        } else {
          attributes.append(attributeLocation)
          if attributes.count > limits.maximumAttributesPerElement {
            return .failure(
              XMLIssue(
                .tooManyAttributes,
                "<\(element)> has more than \(limits.maximumAttributesPerElement) attributes, the limit; remove "
                  + "the attributes the schema does not define", at: attributeLocation))
          }
        }
      }
    }
    return finish(true)
  }

  /// Whether an attribute name is `xmlns` or `xmlns:prefix`.
  private func isNamespaceDeclaration(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let xmlns = "xmlns".utf8
    guard name.count >= xmlns.count, name.prefix(xmlns.count).elementsEqual(xmlns) else { return false }
    return name.count == xmlns.count || name[name.startIndex + xmlns.count] == UInt8(ascii: ":")
  }

  private func nameTooLong(at location: SourceLocation) -> XMLIssue {
    XMLIssue(
      .nameTooLong, "a name is longer than \(limits.maximumNameBytes) bytes, the limit; use a shorter name",
      at: location)
  }
}
