/// The XML namespace of course packages.
public enum CourseNamespace {
  /// `urn:vigil:course:1`.
  public static let uri = "urn:vigil:course:1"
}
