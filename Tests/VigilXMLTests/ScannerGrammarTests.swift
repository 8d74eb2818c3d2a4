@testable import VigilXML
import Testing
import VigilBase

/// The pre-scan reads comments, processing instructions and CDATA by XML's grammar, so its element
/// locations are libxml2's and its depth count cannot be fooled.
@Suite struct ScannerGrammarTests {
  private let reader = XMLDocumentReader()

  /// Well-formed documents whose markup hides `<`, `>`, `--`-like and tag-like text in places the
  /// pre-scan must skip exactly.
  static let trickyDocuments: [String] = [
    "<r>\n<!-->\n<x>\n-->\n<b/>\n</r>",
    "<r><!--->\n<x>\n<y>\n--><b\n/></r>",
    "<r>\n<!---->\n<b/><!-- - -> <c> - ->\n--><d/></r>",
    "<?x ?>\n<r>\n<?pi <a> ?\n> ?>\n<b/>\n<?y?>?>\n<c/></r>",
    "<r><![CDATA[\n<a>\n]]]]><![CDATA[>]]>\n<b/><![CDATA[]]>\n<c/></r>",
    "<r a='>' b=\"/>\"\n c='--&gt;'>\n<b\n x=\"\n-->\"/>\n<c>&lt;d&gt;</c>\n</r>",
    "<!-- <r> -->\n<r>\n<!-- <<<< -->\n<b>\n</b\n>\n<c/>\n</r>\n<!-- after -->",
    "\u{FEFF}<r>\n\r\n<b/>\r<c/>\n</r>",
  ]

  @Test(arguments: trickyDocuments)
  func elementLinesMatchLibxml2(document: String) throws {
    let bytes = Array(document.utf8)
    let expected = try #require(LibXML2ElementLines.lines(of: bytes), "libxml2 must parse: \(document)")
    // libxml2 numbers an element by the line its start tag ends on; the pre-scan records that line too.
    #expect(LibXML2ElementLines.scannedLines(of: bytes) == expected)
  }

  @Test func commentOpenedByArrowDoesNotHideEndTagsFromTheDepthLimit() {
    // `<!-->` opens a comment that runs to the next `-->`: the end tags inside it are text. A pre-scan that
    // took `<!-->` as a whole comment counted them and let 100 levels of nesting through.
    let text =
      "<r><!-->" + String(repeating: "</a>", count: 100) + "-->" + String(repeating: "<a>", count: 100)
      + String(repeating: "</a>", count: 100) + "</r>"
    #expect(reader.read(bytes: Array(text.utf8)).issues.map(\.code) == [.tooDeep])
  }

  @Test func elementsInsideACommentOpenedByArrowAreNotCounted() throws {
    let result = reader.read(bytes: Array("<r><!--> <x a='1'> --><b c='2'/></r>".utf8))
    #expect(result.issues.isEmpty)
    let b = try #require(result.root?.children.first)
    #expect(b.location == SourceLocation(line: 1, column: 23))
    #expect(b.attribute("c")?.location == SourceLocation(line: 1, column: 26))
  }

  @Test(arguments: ["<r><!-- a -- b --></r>", "<r><!-- a ---></r>"])
  func doubleHyphenInsideACommentIsMalformed(text: String) {
    let found = reader.read(bytes: Array(text.utf8)).issues
    #expect(found.map(\.code) == [.malformed])
    #expect(found.first?.message.contains("'--' inside a comment") == true)
  }

  @Test func processingInstructionDoesNotCloseItself() throws {
    // `<?>` is not a whole processing instruction: the next `?>` ends it, and `<x>` before it is not markup.
    #expect(LibXML2ElementLines.scannedLines(of: Array("<r><?> <x> ?><b/></r>".utf8))?.count == 2)
    #expect(reader.read(bytes: Array("<r><?pi <x> ?><b/></r>".utf8)).root?.children.map(\.name) == ["b"])
  }

  @Test func namespaceDeclarationWithSpacesIsNotAnAttribute() throws {
    let result = reader.read(bytes: Array("<r xmlns = 'urn:x' a='1'/>".utf8))
    #expect(result.root?.attribute("a")?.location == SourceLocation(line: 1, column: 20))
  }
}
