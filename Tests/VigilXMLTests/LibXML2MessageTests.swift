import Testing

@testable import VigilXML

/// How libxml2's messages are cleaned before Vigil shows them: namespace braces removed, everything
/// else the message says kept, one line, and a bounded length.
struct LibXML2MessageTests {
  @Test(arguments: [
    (
      "Element '{urn:vigil:completion-batch:1}record': Missing child element(s).",
      "Element 'record': Missing child element(s)."
    ),
    (
      "Element '{urn:vigil:completion-batch:1}record', attribute 'kind': [facet 'enumeration'] The value 'x' is not an element of the set {'completion', 'revocation'}.\n",
      "Element 'record', attribute 'kind': [facet 'enumeration'] The value 'x' is not an element of the set {'completion', 'revocation'}."
    ),
    (
      "Element '{urn:vigil:completion-batch:1}approver': The value '{evil} yyy' is not accepted.",
      "Element 'approver': The value '{evil} yyy' is not accepted."
    ),
  ])
  func namespaceBracesGoAndOtherBracesStay(raw: String, expected: String) {
    #expect(LibXML2.clean(raw) == expected)
  }

  /// A value holding a quote ends libxml2's quoting early, so the value's own cut does not apply: the
  /// message as a whole is cut.
  @Test func aMessageIsCutWhateverItsQuotes() {
    let value = "O'B " + String(repeating: "x", count: 60_000)
    let cleaned = LibXML2.clean("Element 'approver': The value '\(value)' is not accepted.")
    #expect(cleaned.count == LibXML2.maximumMessageCharacters + 1)
    #expect(cleaned.hasPrefix("Element 'approver': The value 'O'B xxx"))
    #expect(cleaned.hasSuffix("…"))
  }
}
