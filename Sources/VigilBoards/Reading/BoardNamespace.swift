/// The XML namespace of board files.
public enum BoardNamespace {
  /// `urn:vigil:board:1`.
  public static let uri = "urn:vigil:board:1"
}
