import Foundation

/// Locates the XML schemas that ship with Vigil.
///
/// The `.xsd` files in this folder are the published vocabularies; SwiftPM copies them next to the
/// `vigil` binary as resources, and this type finds them there.
public enum VigilSchemas {
  /// The schemas Vigil ships.
  public enum Name: String, Sendable, CaseIterable {
    /// Course packages: `course.xml`, lesson files and question banks.
    case course
    /// Board requirement rules: `Boards/<board-id>.xml`.
    case board
  }

  /// The path of a schema file, or nil when the resources were not installed beside the binary.
  public static func path(of name: Name) -> String? {
    Bundle.module.url(forResource: name.rawValue, withExtension: "xsd")?.path
  }
}
