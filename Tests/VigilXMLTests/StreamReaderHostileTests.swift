import Foundation
import Testing
import VigilTestSupport
import VigilXML

/// The streaming reader a board's batches go through, against hostile documents: each refused with one
/// line that names the file and the node's line, never expanded, never waited on; and the lines it
/// gives are the nodes' own, not where libxml2's parser had read ahead to.
@Suite struct StreamReaderHostileTests {
  static let namespace = "urn:test:stream"

  /// Every event of the document `text` (written to a file), or the error that ended the read.
  private func read(_ text: String, limits: XMLStreamReader.Limits = .init()) -> (events: [XMLStreamReader.Event], error: XMLError?) {
    read(bytes: Array(text.utf8), limits: limits)
  }

  private func read(bytes: [UInt8], limits: XMLStreamReader.Limits = .init()) -> (events: [XMLStreamReader.Event], error: XMLError?) {
    let folder = TemporaryDirectory()
    let path = folder.write("doc.xml", bytes: bytes)
    var events: [XMLStreamReader.Event] = []
    do {
      let reader = try XMLStreamReader(path: path, namespace: Self.namespace, schema: nil, limits: limits)
      while let event = try reader.next() { events.append(event) }
      return (events, nil)
    } catch {
      return (events, error)
    }
  }

  /// The error's message without the temporary path in front.
  private func reason(_ error: XMLError?) -> String {
    guard let message = error?.message, let range = message.range(of: "doc.xml") else { return "" }
    return String(message[range.upperBound...])
  }

  @Test(arguments: [
    (
      "a DOCTYPE", "<?xml version=\"1.0\"?>\n<!DOCTYPE r>\n<r xmlns=\"urn:test:stream\"/>",
      ": the document has a DOCTYPE; Vigil reads no DTD: remove it"
    ),
    (
      // libxml2 refuses the entity as it reads ahead, before the DOCTYPE reaches the reader.
      "billion laughs",
      "<!DOCTYPE r [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
        + "<r xmlns=\"urn:test:stream\">&c;</r>",
      ":1:4: Detected an entity reference loop"
    ),
    ("an undeclared entity", "<r xmlns=\"urn:test:stream\">\n&x;</r>", ":2:4: Entity 'x' not defined"),
    (
      "an element in another namespace", "<r xmlns=\"urn:test:stream\">\n\n<e xmlns=\"urn:other\"/></r>",
      ":3: <e> is not in the namespace urn:test:stream"
    ),
    ("no namespace", "<r/>", ":1: <r> is not in the namespace urn:test:stream"),
  ])
  func aHostileDocumentIsRefusedWithItsLine(case name: String, text: String, expected: String) {
    let (events, error) = read(text)
    #expect(error?.code == .malformed, "\(name)")
    #expect(reason(error) == expected, "\(name): \(error?.message ?? "read")")
    #expect(!events.contains { if case .text(let text) = $0 { text.contains("lol") } else { false } }, "nothing expanded")
  }

  /// A schema whose one element `r` holds lowercase letters.
  private func lettersSchema() throws -> XMLSchema {
    try XMLSchema(
      text: """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:stream" elementFormDefault="qualified">
          <xs:element name="r"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[a-z]+"/></xs:restriction></xs:simpleType></xs:element>
        </xs:schema>
        """, named: "test.xsd")
  }

  /// Validating put libxml2's schema handler in front of the error handler set before it, so the
  /// parser's own errors were lost: invalid UTF-8 in a batch read as "the document cannot be read".
  @Test func withASchemaTheParsersOwnErrorsStillComeThrough() throws {
    let folder = TemporaryDirectory()
    let path = folder.write("doc.xml", bytes: Array("<r xmlns=\"urn:test:stream\">\nab".utf8) + [0xC3, 0x28] + Array("</r>".utf8))
    let schema = try lettersSchema()
    let error = #expect(throws: XMLError.self) {
      let reader = try XMLStreamReader(path: path, namespace: Self.namespace, schema: schema)
      while try reader.next() != nil {}
    }
    #expect(error?.message == "\(path):2:3: Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x28 0x3C 0x2F")
  }

  /// Found by fuzz-batch-xml: libxml2's schema errors repeat the value, line breaks and all, so a
  /// refusal's message ran over several lines (and could repeat 64 KiB).
  @Test func aSchemaErrorThatRepeatsAValueStaysOnOneShortLine() throws {
    let schema = try lettersSchema()
    let folder = TemporaryDirectory()
    let path = folder.write("doc.xml", "<r xmlns=\"urn:test:stream\">a\nb\u{202E}" + String(repeating: "x", count: 100) + "</r>")
    let error = #expect(throws: XMLError.self) {
      let reader = try XMLStreamReader(path: path, namespace: Self.namespace, schema: schema)
      while try reader.next() != nil {}
    }
    let value = "a\\u{A}b\\u{202E}" + String(repeating: "x", count: 56) + "…"
    #expect(
      error?.message
        == "\(path):2:1: Element 'r': [facet 'pattern'] The value '\(value)' is not accepted by the pattern '[a-z]+'.")
  }

  @Test func nestingDeeperThanTheLimitIsRefusedAtTheElement() {
    let open = (0..<5).map { "<e\($0)>\n" }.joined()
    let text = "<r xmlns=\"urn:test:stream\">\n" + open + (0..<5).reversed().map { "</e\($0)>" }.joined() + "</r>"
    let (events, error) = read(text, limits: .init(maximumDepth: 4))
    #expect(reason(error) == ":5: elements nest deeper than 4", "\(error?.message ?? "read")")
    #expect(events.count == 4, "r, e0, e1 and e2 started before it: \(events)")
  }

  @Test func aTextOrAttributeOverTheLimitIsRefused() {
    let limits = XMLStreamReader.Limits(maximumTextBytes: 100)
    let long = String(repeating: "é", count: 51)  // 102 bytes
    let text = read("<r xmlns=\"urn:test:stream\">\n<e>\(long)</e></r>", limits: limits)
    #expect(reason(text.error) == ":2: a text is over the 100 bytes an element may hold", "\(text.error?.message ?? "read")")
    let attribute = read("<r xmlns=\"urn:test:stream\">\n\n<e a=\"\(long)\"/></r>", limits: limits)
    #expect(reason(attribute.error) == ":3: an attribute of <e> is over 100 bytes", "\(attribute.error?.message ?? "read")")
    let fits = read("<r xmlns=\"urn:test:stream\"><e a=\"\(long.dropLast())\">\(long.dropLast())</e></r>", limits: limits)
    #expect(fits.error == nil, "100 bytes are allowed: \(fits.error?.message ?? "")")
  }

  /// The limit holds for the whole text of an element, however many comments or CDATA sections split it
  /// into parts under the limit each.
  @Test func aTextSplitByCommentsIsLimitedAsAWhole() {
    let limits = XMLStreamReader.Limits(maximumTextBytes: 100)
    let part = String(repeating: "y", count: 40)
    let split = read("<r xmlns=\"urn:test:stream\">\n<e>\(part)<!---->\(part)<![CDATA[\(part)]]></e></r>", limits: limits)
    #expect(reason(split.error) == ":2: a text is over the 100 bytes an element may hold", "\(split.error?.message ?? "read")")
    let fits = read("<r xmlns=\"urn:test:stream\"><e>\(part)<!---->\(part)</e><f>\(part)<!---->\(part)</f></r>", limits: limits)
    #expect(fits.error == nil, "80 bytes in each element are allowed: \(fits.error?.message ?? "")")
    #expect(fits.events.count == 10)
  }

  @Test func tooManyAttributesAreRefused() {
    let attributes = (0..<4).map { " a\($0)=\"x\"" }.joined()
    let (_, error) = read("<r xmlns=\"urn:test:stream\"><e\(attributes)/></r>", limits: .init(maximumAttributes: 3))
    #expect(reason(error) == ":1: <e> has 4 attributes, more than 3")
  }

  @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
    let folder = TemporaryDirectory()
    let path = folder.write("doc.xml", "<r xmlns=\"urn:test:stream\">" + String(repeating: " ", count: 100) + "</r>")
    let error = #expect(throws: XMLError.self) {
      try XMLStreamReader(path: path, namespace: Self.namespace, schema: nil, limits: .init(maximumFileBytes: 100))
    }
    #expect(error?.message == "\(path) is 131 bytes, more than the 100 a batch may be")
  }

  @Test(arguments: [
    ("a lone continuation byte", [0x80] as [UInt8]),
    ("a truncated sequence", [0xC3, 0x28]),
    ("an encoded surrogate", [0xED, 0xA0, 0x80]),
    ("an overlong slash", [0xC0, 0xAF]),
  ])
  func invalidUTF8IsRefusedWithItsLine(case name: String, bytes: [UInt8]) {
    let document = Array("<r xmlns=\"urn:test:stream\">\n<e>ok</e>\n<e>".utf8) + bytes + Array("</e></r>".utf8)
    let (_, error) = read(bytes: document)
    #expect(error?.code == .malformed, "\(name)")
    #expect(reason(error).hasPrefix(":3:"), "\(name): \(error?.message ?? "read")")
    #expect(error?.message.contains("\n") == false)
  }

  @Test(.timeLimit(.minutes(1)))
  func aNamedPipeIsRefusedWithoutWaitingForAWriter() async throws {
    let folder = TemporaryDirectory()
    let path = folder.appending("batch.xml")
    try #require(FIFO.make(path))
    let message = await BlockingWork.run({ () -> String? in
      do {
        _ = try XMLStreamReader(path: path, namespace: Self.namespace, schema: nil)
        return nil
      } catch let error as XMLError {
        return error.message
      } catch {
        return "\(error)"
      }
    }) { FIFO.release(path) }
    #expect(message == "\(path) is not a regular file (a folder, named pipe or device); give the path of an XML file")
  }

  @Test func aFolderOrAMissingFileIsUnreadable() {
    let folder = TemporaryDirectory()
    for (path, message) in [
      (folder.path, "\(folder.path) is not a regular file (a folder, named pipe or device); give the path of an XML file"),
      (folder.appending("missing.xml"), "cannot open \(folder.appending("missing.xml")) (No such file or directory)"),
    ] {
      let error = #expect(throws: XMLError.self) { try XMLStreamReader(path: path, namespace: Self.namespace, schema: nil) }
      #expect(error?.code == .unreadable)
      #expect(error?.message == message)
    }
  }

  /// The line of each element's start event, read with the reader's ``XMLStreamReader/line``.
  private func startLines(_ text: String) throws -> [String: [Int]] {
    let folder = TemporaryDirectory()
    let path = folder.write("doc.xml", text)
    let reader = try XMLStreamReader(path: path, namespace: Self.namespace, schema: nil)
    var lines: [String: [Int]] = [:]
    while let event = try reader.next() {
      if case .start(let name, _) = event { lines[name, default: []].append(reader.line) }
    }
    return lines
  }

  /// libxml2's parser reads a chunk ahead of the node it hands out: the lines are the nodes' own.
  @Test func eachStartEventHasItsElementsLineNotTheParsersReadAhead() throws {
    // Records of 8 lines with long text, so each chunk the parser reads ends a record or two further.
    let record = "  <record>\n" + (1...6).map { "    <f\($0)>\(String(repeating: "x", count: 60))</f\($0)>\n" }.joined() + "  </record>\n"
    let text = "<batch xmlns=\"urn:test:stream\">\n" + String(repeating: record, count: 40) + "</batch>\n"
    let lines = try startLines(text)
    #expect(lines["record"] == (0..<40).map { 2 + 8 * $0 })
    #expect(lines["f6"] == (0..<40).map { 8 + 8 * $0 })
  }

  /// Past line 65,535, where libxml2 stops counting an element's line, the line still comes right.
  @Test func linesPastSixtyFiveThousandAreStillRight() throws {
    let text = "<batch xmlns=\"urn:test:stream\">\n" + String(repeating: "  <record><f>x</f></record>\n", count: 70_000) + "</batch>\n"
    let lines = try startLines(text)
    let records = try #require(lines["record"])
    #expect(records.count == 70_000)
    #expect(records.first == 2)
    #expect(records[65_532...65_536] == [65_534, 65_535, 65_536, 65_537, 65_538])
    #expect(records.last == 70_001)
    #expect(records == Array(2...70_001))
  }
}
