import VigilXML

/// A file of a package that parsed: its path as shown to users and its root element.
struct LoadedDocument {
  /// The path shown in diagnostics.
  var file: String
  /// The root element.
  var root: XMLElement
}
