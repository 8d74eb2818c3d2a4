/// The folder that holds Vigil's runtime data: `ledger.sqlite`, and beside it `keys/` and `certificates/`.
///
/// It is `--home` when a command is given one, else `$VIGIL_HOME`, else `$XDG_DATA_HOME/vigil`, else
/// `~/.local/share/vigil`. Empty variables count as unset.
public struct VigilHome: Sendable, Hashable, CustomStringConvertible {
  /// The folder's path (never ending in `/` unless it is `/`).
  public var path: String

  /// Names a home folder at `path`.
  public init(path: String) {
    var trimmed = path
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    self.path = trimmed
  }

  /// Finds the home folder from an explicit path or the environment.
  ///
  /// - Parameters:
  ///   - explicit: The `--home` value, if the user gave one.
  ///   - environment: The process environment (`VIGIL_HOME`, `XDG_DATA_HOME`, `HOME`).
  /// - Throws: ``LedgerError/Code-swift.struct/invalidValue`` when neither `--home` nor any of the
  ///   variables says where the home is.
  public static func resolve(explicit: String?, environment: [String: String]) throws(LedgerError) -> VigilHome {
    func value(_ name: String) -> String? {
      guard let text = environment[name], !text.isEmpty else { return nil }
      return text
    }
    if let explicit {
      guard !explicit.isEmpty else { throw .invalid("--home is empty; give the folder that holds the ledger") }
      return VigilHome(path: explicit)
    }
    if let home = value("VIGIL_HOME") { return VigilHome(path: home) }
    if let data = value("XDG_DATA_HOME") { return VigilHome(path: data + "/vigil") }
    if let user = value("HOME") { return VigilHome(path: user + "/.local/share/vigil") }
    throw .invalid("cannot tell where Vigil keeps its data: set VIGIL_HOME or pass --home FOLDER")
  }

  /// The ledger's file name in the home folder.
  public static let ledgerFileName = "ledger.sqlite"

  /// The names SQLite and Vigil give the ledger's companions in the same folder (its write-ahead log,
  /// shared memory, rollback journal, and the refusal marker), the ledger's own first.
  public static let ledgerFileNames = ["", "-wal", "-shm", "-journal", ".refused"].map { ledgerFileName + $0 }

  /// The ledger's path: ``ledgerFileName`` in the home folder.
  public var ledgerPath: String { (path == "/" ? "" : path) + "/" + Self.ledgerFileName }

  /// The folder of the provider's signing keys: `keys` in the home folder. A backup of the ledger does
  /// not include it.
  public var keysPath: String { (path == "/" ? "" : path) + "/keys" }

  /// The folder of the locks that keep two `vigil take` sessions of one learner apart: `sessions` in
  /// the home folder.
  public var sessionsPath: String { (path == "/" ? "" : path) + "/sessions" }

  /// The file that records a damaged ledger's refusal of writes: `ledger.sqlite.refused`.
  public var refusalMarkerPath: String { ledgerPath + ".refused" }

  public var description: String { path }
}
