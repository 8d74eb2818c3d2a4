import Testing
import VigilBase
import VigilLedger

/// The ledger's own checks of every record a batch brings (`BoardRecordPreparation.prepare`), whatever
/// the importer checked before: the hash against the fields, each text field, the topics.
@Suite struct BoardRecordPreparationTests {
  /// What preparing each record for one import into a fresh board ledger says: nil when it is ready,
  /// the reason when it is refused.
  private func reasons(_ records: [BoardRecord]) throws -> [String?] {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    var reasons: [String?] = []
    _ = try ledger.importBatch(BoardFixture.batch()) { sink in
      for record in records {
        switch sink.preparation.prepare(record) {
        case .ready: reasons.append(nil)
        case .refused(let reason): reasons.append(reason)
        }
      }
    }
    return reasons
  }

  /// A record with one field changed and its hash made again, so only the field's own check can refuse it.
  private static func with(_ change: (inout BoardRecord) -> Void) -> BoardRecord {
    var record = BoardFixture.record("a")
    change(&record)
    return record.rehashed
  }

  static let textCases: [(String, BoardRecord, String?)] = [
    ("the fixture's record", with { _ in }, nil),
    ("an empty approver", with { $0.approver = "" }, "the approver is empty"),
    ("a blank approver", with { $0.approver = " \t " }, "the approver is empty"),
    ("a blank title in another script's spaces", with { $0.courseTitle = "\u{3000}\u{00A0}" }, "the course title is empty"),
    ("a title of 500 letters", with { $0.courseTitle = String(repeating: "a", count: 500) }, nil),
    (
      "a title of 501 letters", with { $0.courseTitle = String(repeating: "a", count: 501) },
      "the course title '\(String(repeating: "a", count: 40))…' is longer than 500 characters"
    ),
    ("a title with accents", with { $0.courseTitle = "Trata de personas: señales y respuesta" }, nil),
    (
      "a title with a line break", with { $0.courseTitle = "Two\nlines" },
      "the course title 'Two\\u{A}lines' holds the control character U+000A; give it on one line, without control characters"
    ),
    (
      "a certificate with DEL", with { $0.certificate = "VC-1\u{7F}" },
      "the certificate 'VC-1\\u{7F}' holds the control character U+007F; give it on one line, without control characters"
    ),
    (
      "a name with a tab beside accents", with { $0.learnerName = "José\tNúñez" },
      "the learner's name 'José\\u{9}Núñez' holds the control character U+0009; give it on one line, without control characters"
    ),
    ("a name in Arabic", with { $0.learnerName = "أحمد الفارس" }, nil),
    (
      "a title with a right-to-left override", with { $0.courseTitle = "Safe\u{202E}txt" },
      "the course title 'Safe\\u{202E}txt' holds the control character U+202E; give it on one line, without control "
        + "characters"
    ),
    ("an approver of form feeds and vertical tabs", with { $0.approver = "\u{0C}\u{0B}" }, "the approver is empty"),
    (
      "a long title ending in a carriage return", with { $0.courseTitle = "Human Trafficking in Health Care\r" },
      "the course title 'Human Trafficking in Health Care\\u{D}' holds the control character U+000D; give it on one line, without control characters"
    ),
    (
      "an approval number with a unit separator inside", with { $0.approvalNumber = "ANCC-2026\u{1F}-0042-0000" },
      "the approval number 'ANCC-2026\\u{1F}-0042-0000' holds the control character U+001F; give it on one line, without control characters"
    ),
    (
      "a topic in capitals", with { $0.topics = ["Direct-care"] },
      "topic 'Direct-care' is not an id: use lowercase letters and digits joined by hyphens, e.g. direct-patient-care"
    ),
    (
      "a topic with two hyphens together", with { $0.topics = ["direct--care"] },
      "topic 'direct--care' is not an id: use lowercase letters and digits joined by hyphens, e.g. direct-patient-care"
    ),
  ]

  @Test(arguments: textCases)
  func eachTextFieldIsChecked(case name: String, record: BoardRecord, expected: String?) throws {
    #expect(try reasons([record]) == [expected], "\(name)")
  }

  /// Every hash that is not the record's own is refused: each of its 64 digits changed to each of the
  /// other 15 lowercase hex digits, and the same hash in capitals or a digit short.
  @Test func everyChangedDigitOfTheHashIsRefused() throws {
    let record = BoardFixture.record("a")
    let digits = Array("0123456789abcdef")
    var changed: [BoardRecord] = []
    for position in 0..<64 {
      for digit in digits where digit != Array(record.hash)[position] {
        var hash = Array(record.hash)
        hash[position] = digit
        var copy = record
        copy.hash = String(hash)
        changed.append(copy)
      }
    }
    let mismatch = "its hash does not match its fields: the record was changed after it was written"
    #expect(try reasons(changed) == Array(repeating: mismatch, count: 64 * 15))
    var upper = record
    upper.hash = record.hash.uppercased()
    var short = record
    short.hash = String(record.hash.dropLast())
    var notHex = record
    notHex.hash = String(record.hash.dropLast()) + "g"
    var accented = record
    accented.hash = String(record.hash.dropLast(2)) + "é"
    // Messages quote at most 60 characters, then `…`.
    func refusal(_ hash: String) -> String { "its hash '\(hash.prefix(60))…' is not 64 lowercase hex digits" }
    #expect(
      try reasons([upper, short, notHex, accented, record]) == [
        refusal(upper.hash), refusal(short.hash), refusal(notHex.hash), refusal(accented.hash), nil,
      ])
  }
}
