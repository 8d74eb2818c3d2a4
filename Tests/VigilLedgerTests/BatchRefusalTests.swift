import Testing
import VigilLedger

/// How a refusal reads in `vigil board import`'s list: the record's number, where it is in the file
/// when known, and why (the README's `record 1000 (line 1000): it claims 1.0 h, …`).
@Suite struct BatchRefusalTests {
  @Test(arguments: [
    (BatchRefusal(place: 1000, position: "line 1000", reason: "it claims 1.0 h"), "record 1000 (line 1000): it claims 1.0 h"),
    (BatchRefusal(place: 3, reason: "its hash is wrong"), "record 3: its hash is wrong"),
    (BatchRefusal(place: nil, position: "line 9", reason: "the provider is not trusted"), "the provider is not trusted"),
  ])
  func aRefusalNamesTheRecordAndItsLine(refusal: BatchRefusal, text: String) {
    #expect(refusal.description == text)
  }
}
