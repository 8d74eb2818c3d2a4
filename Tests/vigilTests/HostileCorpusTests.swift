import Foundation
import Testing
import VigilTestSupport

/// Each hostile file gets one error line and exit 1 from the real binary, never a crash or a hang.
@Suite struct HostileCorpusTests {
  /// The corpus, made at test time so no large or hostile file is committed: (name, bytes, expected rule).
  /// Tests take only the names as arguments, so the test log never prints megabytes of input.
  static let corpus: [(String, [UInt8], String)] = {
    func text(_ string: String) -> [UInt8] { Array(string.utf8) }
    var utf16: [UInt8] = [0xFE, 0xFF]
    for unit in #"<?xml version="1.0" encoding="UTF-16"?><course/>"#.utf16 { utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    return [
      ("xxe-file", text(#"<!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]><course>&x;</course>"#), "xml-doctype"),
      ("xxe-url", text(#"<!DOCTYPE c [<!ENTITY x SYSTEM "http://127.0.0.1:9/">]><course>&x;</course>"#), "xml-doctype"),
      ("parameter-entity", text(#"<!DOCTYPE c [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p"> %p;]><c/>"#), "xml-doctype"),
      (
        "billion-laughs",
        text(
          #"<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>"#),
        "xml-doctype"
      ),
      (
        "quadratic-blowup",
        text("<!DOCTYPE q [<!ENTITY a \"" + String(repeating: "x", count: 100_000) + "\">]><q>"
          + String(repeating: "&a;", count: 100_000) + "</q>"), "xml-doctype"
      ),
      ("deep-nesting", text(String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)), "xml-too-deep"),
      ("huge-attribute", text("<a b=\"") + [UInt8](repeating: 120, count: 20_000_000) + text("\"/>"), "xml-too-large"),
      ("nul-bytes", text("<course>") + [0, 0] + text("</course>"), "xml-encoding"),
      ("utf-16", utf16, "xml-encoding"),
      ("wrong-namespace", text(#"<course xmlns="urn:example:not-vigil" id="x"/>"#), "xml-namespace"),
      ("not-xml", text("This is a plain text file.\nIt is not XML.\n"), "xml-malformed"),
      ("empty", [], "xml-empty"),
    ]
  }()

  // A guard against hangs, not a speed assertion: the benchmark measures speed.
  @Test(.timeLimit(.minutes(1)), arguments: corpus.map(\.0))
  func hostileFileGetsOneErrorLine(name: String) throws {
    let (_, bytes, rule) = try #require(Self.corpus.first { $0.0 == name })
    let directory = TemporaryDirectory()
    directory.write("\(name)/course.xml", bytes: bytes)
    let result = try CommandRunner.vigil(["validate", directory.appending(name)])
    #expect(result.status == 1, "\(name): \(result.error)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2, "\(name): \(result.output)")
    #expect(lines.first?.hasSuffix("[\(rule)]") == true, "\(name): \(result.output)")
    #expect(lines.first?.contains("course.xml:") == true)
    #expect(result.error.isEmpty, "\(name): \(result.error)")
  }

  @Test func utf8WithByteOrderMarkIsRead() throws {
    let directory = TemporaryDirectory()
    let course = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Courses/sample-minimal/course.xml")))
    directory.write("bom/course.xml", bytes: [0xEF, 0xBB, 0xBF] + Array(course))
    let result = try CommandRunner.vigil(["validate", directory.appending("bom")])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func referenceEscapingThePackage() throws {
    let directory = TemporaryDirectory()
    var course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    course = course.replacingOccurrences(of: "  </lessons>", with: "    <lessonFile href=\"../../etc/passwd\"/>\n  </lessons>")
    directory.write("escape/course.xml", course)
    let result = try CommandRunner.vigil(["validate", directory.appending("escape")])
    #expect(result.status == 1)
    #expect(result.output.contains("[file-outside-package]"))
  }

  @Test func symbolicLinkLeadingOut() throws {
    let directory = TemporaryDirectory()
    let outside = directory.write("outside/secret.xml", "<lesson xmlns=\"urn:vigil:course:1\"/>")
    var course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    course = course.replacingOccurrences(of: "  </lessons>", with: "    <lessonFile href=\"link.xml\"/>\n  </lessons>")
    directory.write("pkg/course.xml", course)
    try FileManager.default.createSymbolicLink(atPath: directory.appending("pkg/link.xml"), withDestinationPath: outside)
    let result = try CommandRunner.vigil(["validate", directory.appending("pkg")])
    #expect(result.status == 1)
    #expect(result.output.contains("[file-outside-package]"))
    #expect(!result.output.contains("[schema]"))
  }
}
