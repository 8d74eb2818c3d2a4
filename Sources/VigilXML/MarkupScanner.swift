import VigilBase

/// Where one start tag and its attributes sit in the file.
struct ScannedElement {
  /// The position of the tag's `<`.
  var location: SourceLocation
  /// The positions of the attribute names, in document order, namespace declarations left out.
  var attributeLocations: [SourceLocation]
}

/// A fast byte-level pass over a file before libxml2 sees it.
///
/// It refuses what must never reach the parser (invalid UTF-8, NUL bytes, UTF-16, any DOCTYPE, nesting
/// deeper than the limit) and records the line and column of every start tag and attribute, which
/// libxml2's tree does not keep. In a well-formed document the n-th start tag found here is the n-th
/// element of libxml2's tree, because `<` can only open markup in well-formed XML.
struct MarkupScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: XMLLimits

  /// Scans the bytes, returning the element positions or the first problem that forbids parsing.
  func scan() -> Result<[ScannedElement], XMLIssue> {
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
    var line = 1
    var column = 1
    var index = contentStart
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0 {
        return XMLIssue(
          .encoding, "the file holds a NUL byte; it is binary or damaged, save it again as UTF-8 text",
          at: SourceLocation(line: line, column: column))
      }
      let length = UTF8Validation.sequenceLength(in: bytes, at: index)
      guard length > 0 else {
        let hex = String(byte, radix: 16, uppercase: true)
        return XMLIssue(
          .encoding, "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8",
          at: SourceLocation(line: line, column: column))
      }
      if byte == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += length
    }
    return nil
  }

  private func scanMarkup() -> Result<[ScannedElement], XMLIssue> {
    var cursor = ByteCursor(bytes: bytes, offset: contentStart)
    var elements: [ScannedElement] = []
    var depth = 0
    while let byte = cursor.peek() {
      guard byte == UInt8(ascii: "<") else {
        cursor.advance()
        continue
      }
      let start = cursor.location
      switch cursor.peek(at: 1) {
      case UInt8(ascii: "!"):
        if cursor.hasPrefix("<!--") {
          cursor.skip(past: "-->")
        } else if cursor.hasPrefix("<![CDATA[") {
          cursor.skip(past: "]]>")
        } else if cursor.hasPrefix("<!DOCTYPE") {
          return .failure(
            XMLIssue(
              .doctype, "DOCTYPE declarations are not accepted (they allow entity attacks); remove it",
              at: start))
        } else {
          cursor.advance()
        }
      case UInt8(ascii: "?"):
        cursor.skip(past: "?>")
      case UInt8(ascii: "/"):
        depth -= 1
        cursor.skip(past: ">")
      default:
        cursor.advance()
        let element = scanStartTag(&cursor, at: start)
        elements.append(element.scanned)
        if !element.isEmpty {
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
    return .success(elements)
  }

  /// Reads a start tag after its `<`: the name, then attributes up to `>` or `/>`.
  private func scanStartTag(
    _ cursor: inout ByteCursor, at start: SourceLocation
  ) -> (scanned: ScannedElement, isEmpty: Bool) {
    var attributes: [SourceLocation] = []
    cursor.skipName()
    while let byte = cursor.peek() {
      switch byte {
      case UInt8(ascii: ">"):
        cursor.advance()
        return (ScannedElement(location: start, attributeLocations: attributes), false)
      case UInt8(ascii: "/"):
        cursor.advance()
        if cursor.peek() == UInt8(ascii: ">") {
          cursor.advance()
          return (ScannedElement(location: start, attributeLocations: attributes), true)
        }
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        cursor.advance()
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        cursor.advance()
        cursor.skip(past: byte)
      case UInt8(ascii: "<"):
        // Not well-formed; libxml2 reports it.
        return (ScannedElement(location: start, attributeLocations: attributes), true)
      case UInt8(ascii: "="):
        cursor.advance()
      default:
        let location = cursor.location
        let isNamespaceDeclaration = cursor.hasPrefix("xmlns=") || cursor.hasPrefix("xmlns:")
        let nameStart = cursor.offset
        cursor.skipName()
        if cursor.offset == nameStart {
          cursor.advance()
        } else if !isNamespaceDeclaration {
          attributes.append(location)
        }
      }
    }
    return (ScannedElement(location: start, attributeLocations: attributes), true)
  }
}
