internal import CLibXML2

/// libxml2's own line numbers for the elements of a document, in document order, so tests can check the
/// ``MarkupScanner``'s locations against the parser's (`@testable` use only).
enum LibXML2ElementLines {
  /// The line libxml2 gives each element (`xmlGetLineNo`), or nil when libxml2 does not parse the bytes.
  static func lines(of bytes: [UInt8]) -> [Int]? {
    _ = LibXML2.initialized
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, LibXML2.safeParseOptions)
      }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    var lines: [Int] = []
    func visit(_ node: xmlNodePtr) {
      lines.append(Int(xmlGetLineNo(node)))
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE { visit(current) }
        child = current.pointee.next
      }
    }
    if let root = xmlDocGetRootElement(document) { visit(root) }
    return lines
  }

  /// The lines the pre-scan records for the same elements (where each start tag ends), or nil when it refuses the bytes.
  static func scannedLines(of bytes: [UInt8], limits: XMLLimits = .standard) -> [Int]? {
    bytes.withUnsafeBufferPointer { buffer in
      guard case .success(let scan) = MarkupScanner(bytes: buffer, limits: limits).scan() else { return nil }
      return scan.elements.map(\.closingLine)
    }
  }
}
