import VigilBase

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
    var text = text
    return text.withUTF8 { bytes -> String? in
      let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
      var needsWork = bytes.first.map(isSpace) == true || bytes.last.map(isSpace) == true
      var previousWasSpace = false
      // A `where !needsWork` clause would still visit every byte; stop at the first that needs work.
      for byte in bytes {
        if needsWork { break }
        let space = isSpace(byte)
        needsWork = space && (previousWasSpace || byte != 0x20)
        previousWasSpace = space
      }
      guard needsWork else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        var pendingSpace = false
        for byte in bytes {
          if isSpace(byte) {
            pendingSpace = count > 0
          } else {
            if pendingSpace {
              output[count] = 0x20
              count += 1
            }
            pendingSpace = false
            output[count] = byte
            count += 1
          }
        }
        return count
      }
    } ?? text
  }

  /// Every element of this subtree in document order, this one first.
  public func descendantsAndSelf() -> [XMLElement] {
    var result: [XMLElement] = [self]
    for child in children { result.append(contentsOf: child.descendantsAndSelf()) }
    return result
  }
}
