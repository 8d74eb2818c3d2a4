/// A path given for a file Vigil writes (`--out`, a certificate's PDF), split into the folder it is
/// written in and its name there, so every command refuses the same paths with the same words.
public struct OutputPath: Sendable, Hashable {
  /// The folder: `.` for a bare name, `/` for a file at the root.
  public let folder: String
  /// The file's name in ``folder``.
  public let name: String

  /// The parts of `path`, or nil when it names no file: empty, ending in `/`, `.` or `..`.
  public init?(_ path: String) {
    guard let slash = path.lastIndex(of: "/") else {
      folder = "."
      name = path
      guard Self.isFileName(name) else { return nil }
      return
    }
    folder = slash == path.startIndex ? "/" : String(path[..<slash])
    name = String(path[path.index(after: slash)...])
    guard Self.isFileName(name) else { return nil }
  }

  /// What to tell someone whose `path` names no file (``init(_:)`` was nil), with an example name.
  public static func notAFile(_ path: String, example: String) -> String {
    path.isEmpty
      ? "the file name is empty; give one such as \(example)"
      : "\(Echo.quotedPath(path)) names a folder, not a file; give a file name such as \(example)"
  }

  private static func isFileName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".."
  }
}
