import VigilBase
import VigilXML

/// Where a part of a course was written: the file, the element's location and its attributes' locations.
public struct SourceReference: Sendable, Hashable {
  /// The file's path.
  public var file: String
  /// Where the element starts.
  public var location: SourceLocation
  /// Where each attribute of the element starts, by name.
  public var attributeLocations: [String: SourceLocation]

  /// Creates a reference to an element of a file.
  public init(file: String, element: XMLElement) {
    self.file = file
    location = element.location
    attributeLocations = Dictionary(
      element.attributes.map { ($0.name, $0.location) }, uniquingKeysWith: { first, _ in first })
  }

  /// Creates a reference to a place in a file.
  public init(file: String, location: SourceLocation) {
    self.file = file
    self.location = location
    attributeLocations = [:]
  }

  /// The same file, pointing at the named attribute when the element has it.
  public func attribute(_ name: String) -> SourceReference {
    SourceReference(file: file, location: attributeLocations[name] ?? location)
  }
}
