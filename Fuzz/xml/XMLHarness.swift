import VigilBase
import VigilBoards
import VigilCourse
import VigilXML

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the way `vigil validate` reads a package or a board file: pre-scan, libxml2
/// parse, XSD validation, tree build, course (or board) builder and semantic rules.
///
/// An input is one or more files joined by the line `<!--vigil-fuzz-file-->`: the first is the
/// package's course.xml (or a board file when it names the board namespace), the n-th further one is
/// `n.xml` in the package, which course.xml can reference as a lessonFile or questionBankFile. The
/// readers are compiled once per process; the files go to a folder of their own under
/// `$VIGIL_FUZZ_SCRATCH` (or /tmp).
final class XMLHarness {
  let courseReader: CoursePackageReader
  let boardValidator: BoardValidator
  let courseValidator: CourseValidator
  let folder: String
  private var writtenParts = 0
  /// Whether to print each input's diagnostics (`VIGIL_FUZZ_PRINT=1`), to see what an input does.
  private let printsDiagnostics = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  init?() {
    let today = CalendarDate(year: 2027, month: 1, day: 1)
    guard let courseReader = try? CoursePackageReader(),
      let boardValidator = try? BoardValidator(today: today)
    else { return nil }
    self.courseReader = courseReader
    self.boardValidator = boardValidator
    courseValidator = CourseValidator(context: ValidationContext(today: today))
    let base = getenv("VIGIL_FUZZ_SCRATCH").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/vigil-fuzz-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { return nil }
    folder = String(cString: made)
  }

  /// Runs one input through the reader.
  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let parts = Self.split(bytes)
    for (index, part) in parts.enumerated() {
      write(part, to: path(ofPart: index))
    }
    for stale in parts.count..<max(parts.count, writtenParts) { unlink(path(ofPart: stale)) }
    writtenParts = parts.count
    let first = parts.first ?? bytes[...]
    let diagnostics: [Diagnostic]
    if Self.contains(first, Array(#""urn:vigil:board:1""#.utf8)) {
      diagnostics = boardValidator.validate(fileAt: path(ofPart: 0))
    } else {
      let (package, found) = courseReader.read(packageAt: folder)
      if let package, !found.contains(where: { $0.ruleID.isFileLevel }) {
        diagnostics = found + courseValidator.validate(package)
      } else {
        diagnostics = found
      }
    }
    for diagnostic in diagnostics {
      let line = diagnostic.description
      if printsDiagnostics { print(line) }
    }
  }

  private func path(ofPart index: Int) -> String {
    index == 0 ? folder + "/course.xml" : folder + "/\(index).xml"
  }

  private func write(_ part: Slice<UnsafeBufferPointer<UInt8>>, to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    var offset = part.startIndex
    while offset < part.endIndex, let base = part.base.baseAddress {
      let count = Glibc.write(descriptor, base + offset, part.endIndex - offset)
      guard count > 0 else { return }
      offset += count
    }
  }

  static let separator = Array("\n<!--vigil-fuzz-file-->\n".utf8)

  /// The input cut at each separator line.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Slice<UnsafeBufferPointer<UInt8>>] {
    var parts: [Slice<UnsafeBufferPointer<UInt8>>] = []
    var start = 0
    var index = 0
    while index + separator.count <= bytes.count {
      if bytes[index] == separator[0], bytes[index..<index + separator.count].elementsEqual(separator) {
        parts.append(bytes[start..<index])
        index += separator.count
        start = index
      } else {
        index += 1
      }
    }
    parts.append(bytes[start..<bytes.count])
    return parts
  }

  private static func contains(_ haystack: Slice<UnsafeBufferPointer<UInt8>>, _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index..<index + needle.count].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }
}
