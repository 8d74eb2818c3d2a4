import Foundation

/// Resolves a file reference (`href`) of a package to a path, refusing anything that leaves the package.
///
/// A reference must be relative, use `/`, and stay inside the package folder after symbolic links are
/// followed, so a course can never make Vigil read files it does not own.
enum PackagePath {
  /// Why a reference was refused.
  enum Refusal: Error, Equatable {
    /// The reference is absolute, climbs with `..` or is otherwise not a plain relative path.
    case notRelative
    /// The file does not exist.
    case missing
    /// The file exists but a symbolic link takes it outside the package.
    case escapes(String)
  }

  /// The path of `href` inside `directory`, or why it was refused.
  static func resolve(_ href: String, in directory: String) -> Result<String, Refusal> {
    let components = href.split(separator: "/", omittingEmptySubsequences: false)
    guard !href.hasPrefix("/"), !href.contains("\\"), !href.contains("\0"),
      !components.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." })
    else { return .failure(.notRelative) }
    let path = directory + "/" + href
    guard let real = realPath(path) else { return .failure(.missing) }
    guard let root = realPath(directory), real.hasPrefix(root + "/") else { return .failure(.escapes(real)) }
    return .success(path)
  }

  /// The canonical path with every symbolic link resolved, or nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
