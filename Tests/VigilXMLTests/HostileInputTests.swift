import Testing
import VigilBase
import VigilXML

/// Untrusted input is refused safely: one clear issue each, never a crash, hang or entity expansion.
@Suite struct HostileInputTests {
  private let reader = XMLDocumentReader()

  private func issues(_ text: String) -> [XMLIssue] { reader.read(bytes: Array(text.utf8)).issues }

  static let doctypeAttacks: [(String, String)] = [
    ("xxe-file", #"<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]><c>&x;</c>"#),
    ("xxe-url", #"<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><c>&x;</c>"#),
    (
      "parameter-entities",
      #"<!DOCTYPE c [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]><c/>"#
    ),
    (
      "billion-laughs",
      #"<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>"#
    ),
    (
      "quadratic-blowup",
      "<!DOCTYPE q [<!ENTITY a \"\(String(repeating: "x", count: 50_000))\">]><q>"
        + String(repeating: "&a;", count: 50_000) + "</q>"
    ),
    ("external-dtd", #"<!DOCTYPE c SYSTEM "http://127.0.0.1:9/c.dtd"><c/>"#),
  ]

  @Test(arguments: doctypeAttacks.map(\.0))
  func doctypeIsRefusedBeforeParsing(name: String) throws {
    let text = try #require(Self.doctypeAttacks.first { $0.0 == name }).1
    let result = reader.read(bytes: Array(text.utf8))
    #expect(result.root == nil)
    #expect(result.issues.map(\.code) == [.doctype], "\(name)")
  }

  @Test func deepNestingIsRefused() {
    let text = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
    let found = issues(text)
    #expect(found.map(\.code) == [.tooDeep])
    #expect(found.first?.location == SourceLocation(line: 1, column: 193))
  }

  @Test func nestingAtTheLimitIsAccepted() {
    let text = String(repeating: "<a>", count: 64) + String(repeating: "</a>", count: 64)
    #expect(issues(text).isEmpty)
  }

  @Test func twentyMegabyteAttributeIsRefusedBySize() {
    let bytes = Array(#"<a b=""#.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 20_000_000) + Array(#""/>"#.utf8)
    let result = reader.read(bytes: bytes)
    #expect(result.issues.map(\.code) == [.tooLarge])
    #expect(result.issues.first?.message.contains("16.0 MiB limit") == true)
  }

  @Test func largeTextUnderTheSizeLimitParses() {
    // 10,000,000 bytes of text in one element: under the 16 MiB file limit, so it is read in full.
    let text = "<a>" + String(repeating: "word ", count: 2_000_000) + "</a>"
    let result = reader.read(bytes: Array(text.utf8))
    #expect(result.issues.isEmpty, "\(result.issues)")
    #expect(result.root?.text.utf8.count == 10_000_000)
  }

  @Test func nulByteIsReportedWithItsLine() {
    let found = reader.read(bytes: Array("<a>\n\n".utf8) + [0] + Array("</a>".utf8)).issues
    #expect(found.map(\.code) == [.encoding])
    #expect(found.first?.location == SourceLocation(line: 3, column: 1))
  }

  @Test func invalidUTF8IsReportedWithItsLine() {
    let found = reader.read(bytes: Array("<a>\nok\ncaf".utf8) + [0xE9] + Array("</a>".utf8)).issues
    #expect(found.map(\.code) == [.encoding])
    #expect(found.first?.location == SourceLocation(line: 3, column: 4))
    #expect(found.first?.message.contains("0xE9") == true)
  }

  @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
  func malformedUTF8SequencesAreRefused(sequence: [UInt8]) {
    let found = reader.read(bytes: Array("<a>".utf8) + sequence + Array("</a>".utf8)).issues
    #expect(found.map(\.code) == [.encoding])
  }

  @Test func utf16IsRefusedWithAFix() {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "<a/>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let found = reader.read(bytes: bytes).issues
    #expect(found.map(\.code) == [.encoding])
    #expect(found.first?.message == "the file is UTF-16; save it as UTF-8")
  }

  @Test(arguments: ["ISO-8859-1", "UTF-16", "windows-1252"])
  func declaredEncodingOtherThanUTF8IsRefused(encoding: String) {
    let found = issues("<?xml version=\"1.0\" encoding=\"\(encoding)\"?><a>caf</a>")
    #expect(found.map(\.code) == [.encoding])
    #expect(found.first?.message.contains(encoding) == true)
  }

  @Test(arguments: ["UTF-8", "utf-8"])
  func declaredUTF8IsAccepted(encoding: String) {
    #expect(issues("<?xml version='1.0' encoding='\(encoding)'?><a>café</a>").isEmpty)
  }

  @Test func utf8ByteOrderMarkIsAccepted() {
    let result = reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("<a b=\"1\"/>".utf8))
    #expect(result.issues.isEmpty)
    #expect(result.root?.attribute("b")?.location == SourceLocation(line: 1, column: 4))
  }

  @Test(arguments: ["", "   \n\t  "])
  func emptyFileIsReported(text: String) {
    #expect(issues(text).map(\.code) == [.empty])
  }

  @Test func plainTextIsNotXML() {
    let found = issues("Dear author,\nthis is not XML.\n")
    #expect(found.map(\.code) == [.malformed])
    #expect(found.first?.message.contains("Start tag expected") == true)
  }

  @Test func mismatchedTagsReportLineAndColumn() {
    let found = issues("<a>\n  <b>\n  </c>\n</a>")
    #expect(found.map(\.code) == [.malformed])
    #expect(found.first?.location.line == 3)
  }

  @Test func undefinedNamespacePrefixIsMalformed() {
    #expect(issues("<x:a/>").map(\.code) == [.malformed])
  }

  @Test func xincludeIsNeverProcessed() {
    let text = #"<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd" parse="text"/></a>"#
    let result = reader.read(bytes: Array(text.utf8))
    #expect(result.issues.isEmpty)
    #expect(result.root?.children.first?.name == "include")
    #expect(result.root?.children.first?.text == "")
  }

  @Test func missingFileIsUnreadable() {
    let found = reader.read(contentsOfFile: "/nonexistent/vigil/file.xml").issues
    #expect(found.map(\.code) == [.unreadable])
  }

  @Test func folderIsNotARegularFile() {
    #expect(reader.read(contentsOfFile: "/tmp").issues.map(\.code) == [.unreadable])
  }

  @Test func deviceIsNotReadForever() {
    #expect(reader.read(contentsOfFile: "/dev/zero").issues.map(\.code) == [.unreadable])
  }
}
