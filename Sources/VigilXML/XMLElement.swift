/// A read-only element of a parsed document: name, attributes, child elements, text and location.
///
/// Text is the concatenation of the element's own text and CDATA children; comments and processing
/// instructions are dropped.
public struct XMLElement: Sendable, Hashable {
  /// The local name (no prefix).
  public var name: String
  /// The namespace URI, if the element is in one.
  public var namespace: String?
  /// The attributes in document order (namespace declarations are not attributes).
  public var attributes: [XMLAttribute]
  /// The child elements in document order.
  public var children: [XMLElement]
  /// The element's own text.
  public var text: String
  /// Where the element's start tag begins (its `<`).
  public var location: SourceLocation

  /// Creates an element.
  public init(
    name: String,
    namespace: String? = nil,
    attributes: [XMLAttribute] = [],
    children: [XMLElement] = [],
    text: String = "",
    location: SourceLocation = .start
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
    self.text = text
    self.location = location
  }

  /// The attribute with this name, if present.
  public func attribute(_ name: String) -> XMLAttribute? {
    attributes.first { $0.name == name }
  }

  /// The value of the attribute with this name, if present.
  public subscript(attribute name: String) -> String? {
    attribute(name)?.value
  }

  /// The child elements with this name, in document order.
  public func children(named name: String) -> [XMLElement] {
    children.filter { $0.name == name }
  }

  /// The first child element with this name.
  public func child(named name: String) -> XMLElement? {
    children.first { $0.name == name }
  }

  /// The element's text with surrounding white space removed and inner runs of white space folded to one space.
  ///
  /// Only XML white space (space, tab, line feed, carriage return) counts, so the work is done on
  /// UTF-8 bytes and text that needs no change is returned as it is.
  public var normalizedText: String {
    let utf8 = text.utf8
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    var needsWork = utf8.first.map(isSpace) == true || utf8.last.map(isSpace) == true
    if !needsWork {
      var previousWasSpace = false
      for byte in utf8 {
        let space = isSpace(byte)
        if space && (previousWasSpace || byte != 0x20) {
          needsWork = true
          break
        }
        previousWasSpace = space
      }
    }
    guard needsWork else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count)
    var pendingSpace = false
    for byte in utf8 {
      if isSpace(byte) {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Every element of this subtree in document order, this one first.
  public func descendantsAndSelf() -> [XMLElement] {
    var result: [XMLElement] = [self]
    for child in children { result.append(contentsOf: child.descendantsAndSelf()) }
    return result
  }
}
