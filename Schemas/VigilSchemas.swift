/// The XML schemas that ship with Vigil, compiled into the binary.
///
/// The `.xsd` files in this folder are the published vocabularies (`xmllint --schema` reads them); the
/// EmbedSchemas build plugin turns each into a string of this module, so a `vigil` copied to another
/// machine validates without them.
public enum VigilSchemas {
  /// The schemas Vigil ships.
  public enum Name: String, Sendable, CaseIterable {
    /// Course packages: `course.xml`, lesson files and question banks.
    case course
    /// Board requirement rules: `Boards/<board-id>.xml`.
    case board
    /// Completion batches a provider exports for a board (`vigil export --format xml`).
    case completionBatch = "completion-batch"
  }

  /// The schema's text, as the `.xsd` file holds it.
  public static func text(of name: Name) -> String {
    switch name {
    case .course: courseText
    case .board: boardText
    case .completionBatch: completionBatchText
    }
  }
}
