import VigilXML

/// The files of one package read so far, by identity (device and inode), and the bytes they used of
/// the package's budget.
///
/// Links and references that lead to a file already read get its tree again instead of reading it
/// again, so a package cannot multiply its cost by pointing many references at one large file.
struct PackageFiles {
  /// The most bytes the package's files may total.
  let budget: Int
  /// The bytes of the distinct files read so far.
  private(set) var used = 0
  private var roots: [FileIdentity: XMLElement?] = [:]
  /// Each file read, by its path relative to the package (`course.xml`, `lessons/01.xml`).
  private(set) var paths: [String: String] = [:]

  init(budget: Int) {
    self.budget = budget
  }

  /// What is left of the budget.
  var remaining: Int { max(budget - used, 0) }

  /// The tree of the file `path` leads to when it was read already (nil inside when it did not parse),
  /// or nil when it was not.
  func alreadyRead(_ path: String) -> XMLElement?? {
    guard let (identity, _) = FileIdentity.of(path) else { return nil }
    return roots[identity]
  }

  /// Whether reading the file `path` leads to would take the package over its budget.
  func isOverBudget(_ path: String) -> Bool {
    guard let (identity, size) = FileIdentity.of(path), roots[identity] == nil else { return false }
    return size > remaining
  }

  /// Records a file as read, under its path relative to the package.
  mutating func record(_ path: String, relativePath: String, root: XMLElement?) {
    paths[relativePath] = path
    guard let (identity, size) = FileIdentity.of(path) else { return }
    if roots.updateValue(root, forKey: identity) == nil { used += size }
  }
}
