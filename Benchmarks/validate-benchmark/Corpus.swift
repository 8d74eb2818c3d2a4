import Foundation

/// Copies of a real course package, each with its own id, in a temporary folder.
struct Corpus {
  let root: String
  let files: [String]
  let bytes: Int

  var megabytes: String { String(format: "%.1f", Double(bytes) / 1_000_000) }

  static func generate(from package: String, count: Int) throws -> Corpus {
    let root = NSTemporaryDirectory() + "vigil-validate-benchmark-\(getpid())"
    let manager = FileManager.default
    try? manager.removeItem(atPath: root)
    try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
    let relativeFiles = (manager.enumerator(atPath: package)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".xml") }.sorted()
    let originals = try relativeFiles.map { try String(contentsOfFile: package + "/" + $0, encoding: .utf8) }
    var files: [String] = []
    var bytes = 0
    for index in 0..<count {
      let copy = root + "/course-\(index)"
      for (relative, original) in zip(relativeFiles, originals) {
        let text =
          relative == "course.xml"
          ? original.replacingOccurrences(of: "id=\"human-trafficking-healthcare\"", with: "id=\"course-\(index)\"")
          : original
        let path = copy + "/" + relative
        try manager.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        files.append(path)
        bytes += text.utf8.count
      }
    }
    return Corpus(root: root, files: files, bytes: bytes)
  }

  func remove() { try? FileManager.default.removeItem(atPath: root) }
}
