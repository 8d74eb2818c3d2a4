import Crypto
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
  private var roots: [FileIdentity: (root: XMLElement?, sha256: String?)] = [:]
  /// The SHA-256 of each file read, by its path relative to the package (`course.xml`, `lessons/01.xml`).
  private(set) var digests: [String: String] = [:]

  init(budget: Int) {
    self.budget = budget
  }

  /// What is left of the budget.
  var remaining: Int { max(budget - used, 0) }

  /// The tree of the file `path` leads to when it was read already (nil inside when it did not parse),
  /// or nil when it was not.
  func alreadyRead(_ path: String) -> (root: XMLElement?, sha256: String?)? {
    guard let (identity, _) = FileIdentity.of(path) else { return nil }
    return roots[identity]
  }

  /// Whether reading the file `path` leads to would take the package over its budget.
  func isOverBudget(_ path: String) -> Bool {
    guard let (identity, size) = FileIdentity.of(path), roots[identity] == nil else { return false }
    return size > remaining
  }

  /// Records a file as read, under its path relative to the package.
  mutating func record(_ path: String, relativePath: String, root: XMLElement?, sha256: String?) {
    if let sha256 { digests[relativePath] = sha256 }
    guard let (identity, size) = FileIdentity.of(path) else { return }
    if roots.updateValue((root, sha256), forKey: identity) == nil { used += size }
  }

  /// The package's content digest: `sha256:` and the SHA-256 of what `sha256sum` prints for its files
  /// in path order (`<hex>  <relative path>` lines), so `sha256sum course.xml lessons/*.xml | sha256sum`
  /// in the package folder, with the files listed in byte order, gives the same hex.
  var contentDigest: String {
    let listing = digests.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
      .map { "\($0.value)  \($0.key)\n" }.joined()
    return "sha256:" + SHA256.hash(data: Array(listing.utf8)).map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }
}
