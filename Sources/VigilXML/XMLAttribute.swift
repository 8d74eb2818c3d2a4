import VigilBase

/// An attribute of an element, with where its name starts in the file.
public struct XMLAttribute: Sendable, Hashable {
  /// The attribute's local name (no prefix).
  public var name: String
  /// The attribute's value after XML normalisation.
  public var value: String
  /// Where the attribute's name starts.
  public var location: SourceLocation

  /// Creates an attribute.
  public init(name: String, value: String, location: SourceLocation) {
    self.name = name
    self.value = value
    self.location = location
  }
}
