import VigilBase

/// Validates files of another Vigil vocabulary (board rules, for example) that `vigil validate` meets
/// outside course packages.
public protocol DocumentValidator {
  /// The XML namespace of the files it handles.
  var namespace: String { get }
  /// Every problem in the file.
  func validate(fileAt path: String) -> [Diagnostic]
}
