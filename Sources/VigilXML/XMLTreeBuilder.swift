internal import CLibXML2
import VigilBase

/// Turns libxml2's tree into ``XMLElement`` values, giving each element and attribute the location
/// the ``MarkupScanner`` found for it, and placing schema errors on the nodes they concern.
///
/// At most ``XMLLimits/maximumIssuesPerElement`` schema errors are listed per element and
/// ``XMLLimits/maximumIssuesPerFile`` per file; one more issue says how many were left out.
struct XMLTreeBuilder {
  private let scanned: [ScannedElement]
  private let schemaErrors: [LibXML2ErrorSink.Entry]
  private let limits: XMLLimits
  private var nextElement = 0
  private var errorIndicesByNode: [UInt: [Int]] = [:]
  private var errorLocations: [SourceLocation?]
  private var unlisted: Set<Int> = []
  private var summaries: [XMLIssue] = []

  init(scanned: [ScannedElement], schemaErrors: [LibXML2ErrorSink.Entry], limits: XMLLimits = .standard) {
    self.scanned = scanned
    self.schemaErrors = schemaErrors
    self.limits = limits
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

  /// The schema errors as issues, in document order, at most the per-element and per-file limits of them.
  func schemaIssues() -> [XMLIssue] {
    var issues = schemaErrors.enumerated().compactMap { index, entry -> XMLIssue? in
      guard !unlisted.contains(index) else { return nil }
      let location =
        errorLocations[index] ?? SourceLocation(line: max(entry.line, 1), column: max(entry.column, 1))
      return XMLIssue(.schema, entry.message, at: location)
    }
    issues += summaries
    issues.sort { $0.location < $1.location }
    let limit = max(limits.maximumIssuesPerFile, 1)
    guard issues.count > limit else { return issues }
    let rest = issues.count - limit
    let first = issues[limit].location
    issues.removeLast(rest)
    issues.append(
      XMLIssue(.schema, "\(rest) more schema errors from here on (only the first \(limit) are listed)", at: first))
    return issues
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
  /// attribute the message names (found through an index of the element's attributes, so many errors on
  /// an element with many attributes cost no more than reading them), listing at most the per-element limit.
  private mutating func placeErrors(on node: xmlNodePtr, element: XMLElement) {
    guard let indices = errorIndicesByNode[UInt(bitPattern: UnsafeMutableRawPointer(node))] else { return }
    let limit = max(limits.maximumIssuesPerElement, 1)
    var attributeLocations: [Substring: SourceLocation] = [:]
    for attribute in element.attributes where attributeLocations[Substring(attribute.name)] == nil {
      attributeLocations[Substring(attribute.name)] = attribute.location
    }
    for (position, index) in indices.enumerated() {
      guard position < limit else {
        unlisted.insert(index)
        continue
      }
      let named = Self.attributeName(in: schemaErrors[index].message).flatMap { attributeLocations[$0] }
      errorLocations[index] = named ?? element.location
    }
    if indices.count > limit {
      let message =
        "\(indices.count - limit) more schema errors on <\(element.name)> (only the first \(limit) are listed); "
        + "fix these and validate again"
      summaries.append(XMLIssue(.schema, message, at: element.location))
    }
  }

  /// The attribute a libxml2 schema message names (`attribute 'name'`), if any.
  static func attributeName(in message: String) -> Substring? {
    guard let start = message.firstRange(of: "attribute '")?.upperBound,
      let end = message[start...].firstIndex(of: "'")
    else { return nil }
    return message[start..<end]
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
