internal import CLibXML2
import VigilBase

/// Turns libxml2's tree into ``XMLElement`` values, giving each element and attribute the location
/// the ``MarkupScanner`` found for it, and placing schema errors on the nodes they concern.
struct XMLTreeBuilder {
  private let scanned: [ScannedElement]
  private let schemaErrors: [LibXML2ErrorSink.Entry]
  private var nextElement = 0
  private var errorIndicesByNode: [UInt: [Int]] = [:]
  private var errorLocations: [SourceLocation?]

  init(scanned: [ScannedElement], schemaErrors: [LibXML2ErrorSink.Entry]) {
    self.scanned = scanned
    self.schemaErrors = schemaErrors
    errorLocations = Array(repeating: nil, count: schemaErrors.count)
    for (index, entry) in schemaErrors.enumerated() {
      if let node = entry.node { errorIndicesByNode[UInt(bitPattern: node), default: []].append(index) }
    }
  }

  /// Converts an element node and its subtree.
  mutating func element(from node: xmlNodePtr) -> XMLElement {
    let position = nextElement < scanned.count ? scanned[nextElement] : nil
    nextElement += 1
    let location =
      position?.location ?? SourceLocation(line: max(Int(xmlGetLineNo(node)), 1), column: 1)
    var result = XMLElement(
      name: String(cString: node.pointee.name),
      namespace: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
      location: location)
    result.attributes = attributes(of: node, locations: position?.attributeLocations ?? [], fallback: location)
    if !errorIndicesByNode.isEmpty { placeErrors(on: node, element: result) }

    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        result.children.append(element(from: current))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content, !Self.isBlank(content) {
          result.text += String(cString: content)
        }
      default:
        break
      }
      child = current.pointee.next
    }
    return result
  }

  /// The schema errors as issues, in document order.
  func schemaIssues() -> [XMLIssue] {
    schemaErrors.enumerated().map { index, entry in
      let location =
        errorLocations[index] ?? SourceLocation(line: max(entry.line, 1), column: max(entry.column, 1))
      return XMLIssue(.schema, entry.message, at: location)
    }
    .sorted { $0.location < $1.location }
  }

  private func attributes(
    of node: xmlNodePtr, locations: [SourceLocation], fallback: SourceLocation
  ) -> [XMLAttribute] {
    var result: [XMLAttribute] = []
    var property = node.pointee.properties
    while let current = property {
      var value = ""
      var valueNode = current.pointee.children
      while let text = valueNode {
        if let content = text.pointee.content { value += String(cString: content) }
        valueNode = text.pointee.next
      }
      let location = result.count < locations.count ? locations[result.count] : fallback
      result.append(XMLAttribute(name: String(cString: current.pointee.name), value: value, location: location))
      property = current.pointee.next
    }
    return result
  }

  /// Gives the schema errors raised on this node the element's location, or the location of the
  /// attribute the message names.
  private mutating func placeErrors(on node: xmlNodePtr, element: XMLElement) {
    guard let indices = errorIndicesByNode[UInt(bitPattern: UnsafeMutableRawPointer(node))] else { return }
    for index in indices {
      let message = schemaErrors[index].message
      let named = element.attributes.first { message.contains("attribute '\($0.name)'") }
      errorLocations[index] = named?.location ?? element.location
    }
  }

  private static func isBlank(_ content: UnsafeMutablePointer<xmlChar>) -> Bool {
    var pointer = content
    while pointer.pointee != 0 {
      switch pointer.pointee {
      case 0x20, 0x09, 0x0A, 0x0D: pointer += 1
      default: return false
      }
    }
    return true
  }
}
