import Testing
import VigilTestSupport
import VigilXML

/// The names the streaming reader gives elements and attributes: libxml2 interns each name, and the
/// reader keeps the strings it made of them in a table of a few dozen slots, so a document with more
/// names than slots must still get every name right, each time it comes back.
@Suite struct StreamReaderNameTests {
  static let namespace = "urn:test:names"

  /// Every event of `text`, written to a file and streamed without a schema.
  private func events(_ text: String) throws -> [XMLStreamReader.Event] {
    let folder = TemporaryDirectory()
    let path = folder.write("doc.xml", bytes: Array(text.utf8))
    let reader = try XMLStreamReader(path: path, namespace: Self.namespace, schema: nil)
    var events: [XMLStreamReader.Event] = []
    while let event = try reader.next() { events.append(event) }
    return events
  }

  @Test func moreNamesThanSlotsAreEachReadRightEveryTime() throws {
    // 300 element names and 300 attribute names, twice over, the second pass in reverse order so
    // that names meet again after others have taken their slots.
    let names = (0..<300).map { "name\($0)" }
    let order = names + names.reversed()
    var text = "<root xmlns=\"\(Self.namespace)\">"
    var expected: [XMLStreamReader.Event] = [.start(name: "root", attributes: [])]
    for (index, name) in order.enumerated() {
      text += "<\(name) attr-\(name)=\"v\(index)\">t\(index)</\(name)>"
      expected += [
        .start(name: name, attributes: [(name: "attr-\(name)", value: "v\(index)")]), .text("t\(index)"),
        .end(name: name),
      ]
    }
    text += "</root>"
    expected.append(.end(name: "root"))
    #expect(try events(text) == expected)
  }

  /// A namespace declaration is not one of the element's attributes, whatever its prefix (a header's
  /// `<period xmlns:from="…">` must not read as a period's start).
  @Test func namespaceDeclarationsAreNotAttributes() throws {
    let text =
      "<root xmlns=\"\(Self.namespace)\" xmlns:p=\"urn:other\"><period xmlns:from=\"2026-01-01\" through=\"2026-12-31\"/></root>"
    #expect(
      try events(text) == [
        .start(name: "root", attributes: []), .start(name: "period", attributes: [(name: "through", value: "2026-12-31")]),
        .end(name: "period"), .end(name: "root"),
      ])
  }
}
