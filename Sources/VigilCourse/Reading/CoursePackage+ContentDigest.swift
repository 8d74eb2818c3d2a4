import Crypto
import VigilXML

extension CoursePackage {
  /// The digest of the package's files (`sha256:…`): SHA-256 over what `sha256sum` prints for
  /// course.xml and every file it references (`<hex>  <relative path>` lines, in byte order of the
  /// paths), so `sha256sum FILES | sha256sum` in the package folder gives the same hex. An attempt
  /// stores it, so a resume can tell that the course changed since the attempt began.
  ///
  /// The files are read again here (`vigil validate` never needs the digest, so reading a package does
  /// not pay for it).
  ///
  /// - Throws: ``CourseError`` with `notFound` when a file can no longer be read.
  public func contentDigest() throws(CourseError) -> String {
    var listing = ""
    for (relative, path) in files.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
      guard case .success(let bytes) = FileBytes.read(path, limit: XMLLimits.standard.maximumFileBytes) else {
        throw CourseError(.notFound, "cannot read \(path) again to fingerprint the course; check the package")
      }
      listing += Self.hex(SHA256.hash(data: bytes)) + "  " + relative + "\n"
    }
    return "sha256:" + Self.hex(SHA256.hash(data: Array(listing.utf8)))
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }
}
