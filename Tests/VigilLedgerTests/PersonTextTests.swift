import Foundation
import Testing
import VigilLedger

/// Names and emails reach certificates, terminals and boards: they are checked and normalised before
/// they are stored.
@Suite struct PersonTextTests {
  @Test(arguments: [
    ("Ana\u{1B}[31m Ruiz", "U+001B"),  // an escape sequence
    ("Ana\u{85}Ruiz", "U+0085"),  // C1 next line
    ("Ana\u{202E}ziuR", "U+202E"),  // right-to-left override
    ("Ana\u{2066}Ruiz", "U+2066"),  // left-to-right isolate
    ("Ana\tRuiz", "U+0009"),
    ("Ana\u{7F}", "U+007F"),
  ])
  func controlCharactersAreRefused(name: String, shown: String) throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let error = try #require(throws: LedgerError.self) { try ledger.addLearner(name: name) }
    #expect(error.code == .invalidValue)
    #expect(error.message.contains(shown), "\(error.message)")
    #expect(!error.message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
  }

  /// Characters that print as nothing would let two names that look alike differ.
  @Test(arguments: [
    ("Ana\u{200B}Lopez", "U+200B"), ("Ana Lo\u{AD}pez", "U+00AD"), ("\u{FEFF}Ana Lopez", "U+FEFF"),
    ("Ana Lopez\u{FFFC}", "U+FFFC"), ("Ana\u{E0041} Lopez", "U+E0041"), ("Ana\u{2060}Lopez", "U+2060"),
    ("Ana \u{3164} Lopez", "U+3164"), ("Ana \u{FFFD} Lopez", "U+FFFD"),
  ])
  func invisibleCharactersAreRefused(name: String, shown: String) throws {
    let ledger = try LedgerFixture().open()
    let error = try #require(throws: LedgerError.self) { try ledger.addLearner(name: name) }
    #expect(error.code == .invalidValue)
    #expect(error.message.contains("invisible character \(shown)"), "\(error.message)")
  }

  /// The joiners and variation selectors that names in Persian, Indic and CJK scripts need stay.
  @Test(arguments: ["\u{645}\u{6CC}\u{200C}\u{62E}\u{648}\u{627}\u{647}\u{645}", "क्\u{200D}ष", "葛\u{E0100}飾", "辻\u{FE00}"])
  func joinersAndVariationSelectorsStay(name: String) throws {
    let ledger = try LedgerFixture().open()
    #expect(try ledger.addLearner(name: name).name == name.precomposedStringWithCanonicalMapping)
  }

  @Test(arguments: ["\u{200B}\u{200B}", "\u{3164}", "\u{2060}", "...", "  \u{FEFF} "])
  func namesWithoutLettersAreRefused(name: String) throws {
    let ledger = try LedgerFixture().open()
    #expect(throws: LedgerError.self) { try ledger.addLearner(name: name) }
  }

  @Test func namesAreStoredInNFC() throws {
    let ledger = try LedgerFixture().open()
    // "José Núñez" typed with combining accents (e + U+0301, u + U+0301, n + U+0303).
    let learner = try ledger.addLearner(name: "Jose\u{301} Nu\u{301}n\u{303}ez")
    #expect(Array(learner.name.unicodeScalars.map(\.value)) == Array("José Núñez".unicodeScalars.map(\.value)))
    #expect(learner.name.unicodeScalars.count == 10)
  }

  @Test func lengthIsLimitedInBytesToo() throws {
    let ledger = try LedgerFixture().open()
    // 150 characters, each carrying 200 combining marks: 150 characters but about 60 KB.
    let heavy = String(repeating: "a" + String(repeating: "\u{301}", count: 200), count: 150)
    #expect(heavy.count == 150)
    let error = try #require(throws: LedgerError.self) { try ledger.addLearner(name: heavy) }
    #expect(error.message.contains("800 bytes"))
    #expect(try ledger.addLearner(name: "王芳").name == "王芳")
    #expect(try ledger.addLearner(name: "أحمد الفارس").name == "أحمد الفارس")
  }

  @Test(arguments: ["ana@exa\u{202E}mple.org", "ana\u{1B}@example.org", "ana@example.org\u{85}"])
  func emailsWithControlsAreRefused(email: String) throws {
    let ledger = try LedgerFixture().open()
    let error = try #require(throws: LedgerError.self) { try ledger.addLearner(name: "Ana", email: email) }
    #expect(!error.message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x85 })
  }
}
