import VigilBase

/// Where one start tag and its attributes sit in the file.
struct ScannedElement {
  /// The position of the tag's `<`.
  var location: SourceLocation
  /// The positions of the attribute names, in document order, namespace declarations left out.
  var attributeLocations: [SourceLocation]
  /// The line of the tag's closing `>` (the line libxml2 gives the element).
  var closingLine: Int = 0
}
