/// What ``Ledger/checkFile()`` found: SQLite's full integrity check and the schema compared with the
/// one Vigil makes.
public struct FileCheckReport: Sendable, Hashable {
  /// The problems, first found first (at most a few dozen); empty when the file is sound.
  public var problems: [String]

  /// Creates a report.
  public init(problems: [String]) {
    self.problems = problems
  }

  /// Whether SQLite found every page, index and constraint in order and the schema is Vigil's own.
  public var isSound: Bool { problems.isEmpty }
}
