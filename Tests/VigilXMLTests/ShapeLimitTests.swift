import Foundation
import Testing
import VigilBase
import VigilTestSupport
import VigilXML

/// Shapes of a single element that make libxml2 or the tree builder slow are refused by the pre-scan
/// with an issue naming the limit, and the schema errors listed per element and per file are capped.
@Suite struct ShapeLimitTests {
  private let reader = XMLDocumentReader()

  /// A schema whose root element `r` takes no attributes, so every attribute is a schema error.
  private static func strictSchema() throws -> XMLSchema {
    let folder = TemporaryDirectory()
    let path = folder.write(
      "r.xsd",
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="r"><xs:complexType><xs:sequence>
          <xs:element name="c" minOccurs="0" maxOccurs="unbounded"><xs:complexType/></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:schema>
      """)
    return try XMLSchema(contentsOfFile: path)
  }

  private func attributes(_ count: Int, prefix: String = "u") -> String {
    (0..<count).map { " \(prefix)\($0)=\"\"" }.joined()
  }

  @Test func tooManyAttributesIsRefusedNamingTheLimit() {
    let found = reader.read(bytes: Array("<r>\n<c\(attributes(7000))/></r>".utf8)).issues
    #expect(found.map(\.code) == [.tooManyAttributes])
    #expect(found.first?.message.contains("more than 256 attributes") == true)
    #expect(found.first?.location.line == 2)
  }

  @Test func attributesAtTheLimitAreRead() {
    #expect(reader.read(bytes: Array("<r\(attributes(256))/>".utf8)).issues.isEmpty)
  }

  @Test func tooManyNamespaceDeclarationsIsRefused() {
    let declarations = (0..<40).map { " xmlns:p\($0)=\"urn:\($0)\"" }.joined()
    let found = reader.read(bytes: Array("<r\(declarations)/>".utf8)).issues
    #expect(found.map(\.code) == [.tooManyNamespaces])
    #expect(found.first?.message.contains("more than 32 namespaces") == true)
  }

  @Test func longAttributeValueIsRefused() {
    let found = reader.read(bytes: Array("<r a=\"\(String(repeating: "x", count: 70_000))\"/>".utf8)).issues
    #expect(found.map(\.code) == [.attributeTooLong])
    #expect(found.first?.location == SourceLocation(line: 1, column: 4))
  }

  @Test(arguments: ["<\(String(repeating: "n", count: 300))/>", "<r \(String(repeating: "a", count: 300))='1'/>"])
  func longNameIsRefused(text: String) {
    #expect(reader.read(bytes: Array(text.utf8)).issues.map(\.code) == [.nameTooLong])
  }

  @Test func schemaErrorsPerElementAreCappedWithACount() throws {
    let reader = XMLDocumentReader(schema: try Self.strictSchema())
    let found = reader.read(bytes: Array("<r>\n<c\(attributes(50))/>\n</r>".utf8)).issues
    #expect(found.count == 11)
    // The count sits on the element; each listed error sits on the attribute it names.
    #expect(found.first?.message.hasPrefix("40 more schema errors on <c>") == true)
    #expect(found.first?.location == SourceLocation(line: 2, column: 1))
    let listed = found.dropFirst()
    #expect(listed.allSatisfy { $0.message.contains("is not allowed") })
    #expect(listed.first?.location == SourceLocation(line: 2, column: 4))
    #expect(listed.last?.location == SourceLocation(line: 2, column: 58))
  }

  @Test func schemaErrorsPerFileAreCappedWithACount() throws {
    let reader = XMLDocumentReader(schema: try Self.strictSchema())
    let elements = String(repeating: "<c a=\"\"/>\n", count: 300)
    let found = reader.read(bytes: Array("<r>\n\(elements)</r>".utf8)).issues
    #expect(found.count == 201)
    #expect(found.last?.message.hasPrefix("100 more schema errors from here on") == true)
    #expect(found.last?.location.line == 202)
  }

  /// Placing schema errors on attributes searched every attribute for every error: 20,000 unknown
  /// attributes took many minutes. Indexed, it takes well under the limit.
  @Test(.timeLimit(.minutes(1)))
  func manySchemaErrorsOnOneElementArePlacedInLinearTime() throws {
    let limits = XMLLimits(maximumAttributesPerElement: 100_000)
    let reader = XMLDocumentReader(schema: try Self.strictSchema(), limits: limits)
    let found = reader.read(bytes: Array("<r\(attributes(20_000))/>".utf8)).issues
    #expect(found.count == 11)
  }
}
