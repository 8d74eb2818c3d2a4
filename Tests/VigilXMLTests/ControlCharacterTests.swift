import Testing
import VigilBase
import VigilXML

/// Text and attribute values must not carry control characters or bidirectional controls, written
/// as themselves or as character references; each is an issue with its own code, line and column, and
/// the file is still read.
@Suite struct ControlCharacterTests {
  private let reader = XMLDocumentReader()

  private func issues(_ text: String) -> [XMLIssue] { reader.read(bytes: Array(text.utf8)).issues }

  @Test(arguments: [
    ("\u{202E}", "U+202E (a bidirectional embedding or override)"),
    ("&#x202E;", "U+202E (a bidirectional embedding or override)"),
    ("&#8238;", "U+202E (a bidirectional embedding or override)"),
    ("&#x000000202a;", "U+202A (a bidirectional embedding or override)"),
    ("\u{2066}", "U+2066 (a bidirectional isolate)"),
    ("&#x2069;", "U+2069 (a bidirectional isolate)"),
    ("\u{85}", "U+0085 (a control character)"),
    ("&#133;", "U+0085 (a control character)"),
    ("\u{9F}", "U+009F (a control character)"),
    ("\u{7F}", "U+007F (a control character)"),
  ])
  func forbiddenCharacterInTextIsAnIssueAtItsPlace(written: String, described: String) throws {
    let result = reader.read(bytes: Array("<r>\n  <p>ok \(written) ok</p>\n</r>".utf8))
    #expect(result.root != nil, "the file is still read")
    let issue = try #require(result.issues.first)
    #expect(result.issues.map(\.code) == [.controlCharacter])
    #expect(issue.location == SourceLocation(line: 2, column: 9))
    #expect(issue.message.contains(described))
  }

  @Test(arguments: ["\u{202D}", "&#x85;", "&#X85;"])
  func forbiddenCharacterInAnAttributeValueIsAnIssue(written: String) throws {
    let found = issues("<r>\n<p title=\"a\(written)\"/></r>")
    if written == "&#X85;" {
      // `&#X` is not a character reference in XML: libxml2 refuses the file.
      #expect(found.map(\.code) == [.malformed])
      return
    }
    #expect(found.map(\.code) == [.controlCharacter])
    #expect(found.first?.location == SourceLocation(line: 2, column: 12))
    #expect(found.first?.message.contains("attribute value") == true)
  }

  @Test func rawCharacterInCDATAIsAnIssueButAReferenceThereIsPlainText() {
    #expect(issues("<r><![CDATA[a\u{202E}b]]></r>").map(\.code) == [.controlCharacter])
    #expect(issues("<r><![CDATA[&#x202E;]]></r>").isEmpty)
  }

  @Test(arguments: ["\t", "\n", "\r", "&#9;", "&#x0A;", "&#xD;", "\u{A0}", "\u{200F}", "\u{2067}x"])
  func allowedCharactersAreNotIssues(written: String) {
    let text = written == "\u{2067}x" ? "<!-- \u{2067} in a comment --><r/>" : "<r a='\(written)'>\(written)</r>"
    #expect(issues(text).isEmpty)
  }

  @Test func manyForbiddenCharactersAreCappedWithACount() {
    let found = issues("<r>" + String(repeating: "&#x202E;", count: 500) + "</r>")
    #expect(found.count == 201)
    #expect(found.last?.message.hasPrefix("300 more control or bidirectional characters") == true)
  }
}
