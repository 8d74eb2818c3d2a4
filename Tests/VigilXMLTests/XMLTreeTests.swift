import Foundation
import Testing
import VigilBase
import VigilTestSupport
import VigilXML

/// The tree keeps names, namespaces, text and exact locations of elements and attributes.
@Suite struct XMLTreeTests {
  private let reader = XMLDocumentReader()

  @Test func elementsAndAttributesCarryLineAndColumn() throws {
    let text = """
      <?xml version="1.0"?>
      <!-- a comment with <fake> tags -->
      <root xmlns="urn:t" a="1">
        <child  b='x>y' c="2"/><![CDATA[<not-an-element>]]>
        <café été="ü">text &amp; more</café>
        <?pi <inside?>
      </root>
      """
    let root = try #require(reader.read(bytes: Array(text.utf8)).root)
    #expect(root.name == "root")
    #expect(root.namespace == "urn:t")
    #expect(root.location == SourceLocation(line: 3, column: 1))
    #expect(root.attributes.map(\.name) == ["a"])
    #expect(root.attribute("a")?.location == SourceLocation(line: 3, column: 21))
    let child = try #require(root.child(named: "child"))
    #expect(child.location == SourceLocation(line: 4, column: 3))
    #expect(child.attribute("b")?.value == "x>y")
    #expect(child.attribute("c")?.location == SourceLocation(line: 4, column: 19))
    let cafe = try #require(root.child(named: "café"))
    #expect(cafe.location == SourceLocation(line: 5, column: 3))
    #expect(cafe.attribute("été")?.location == SourceLocation(line: 5, column: 9))
    #expect(cafe.attribute("été")?.value == "ü")
    #expect(cafe.text == "text & more")
    #expect(root.normalizedText == "<not-an-element>")
  }

  @Test func schemaErrorsPointAtTheirElement() throws {
    let folder = TemporaryDirectory()
    let schemaText = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
        <xs:element name="root"><xs:complexType><xs:sequence>
          <xs:element name="n" type="xs:positiveInteger" maxOccurs="unbounded"/>
        </xs:sequence><xs:attribute name="a" type="xs:integer"/></xs:complexType></xs:element>
      </xs:schema>
      """
    let schemaPath = folder.write("schema.xsd", schemaText)
    let schema = try XMLSchema(contentsOfFile: schemaPath)
    let validating = XMLDocumentReader(schema: schema)
    let result = validating.read(bytes: Array("<root xmlns=\"urn:t\" a=\"x\">\n  <n>1</n>\n  <n>-5</n>\n</root>".utf8))
    #expect(result.issues.map(\.code) == [.schema, .schema])
    #expect(result.issues[0].location == SourceLocation(line: 1, column: 21))
    #expect(result.issues[0].message.contains("attribute 'a'"))
    #expect(result.issues[1].location == SourceLocation(line: 3, column: 3))
    #expect(!result.issues[1].message.contains("{urn:t}"))
  }

  @Test func brokenSchemaIsAnError() throws {
    let folder = TemporaryDirectory()
    let path = folder.write(
      "broken.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>")
    #expect(throws: XMLError.self) { try XMLSchema(contentsOfFile: path) }
    #expect(throws: XMLError.self) { try XMLSchema(contentsOfFile: "/nonexistent.xsd") }
  }
}

