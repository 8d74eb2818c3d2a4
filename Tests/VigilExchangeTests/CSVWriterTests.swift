import PropertyBased
import Testing
import VigilExchange

/// RFC 4180 writing with formula neutralisation, and the round trip through the reader.
@Suite struct CSVWriterTests {
  private func written(_ records: [[String]], neutralising: Bool = true) throws -> String {
    var writer = CSVWriter(sink: MemorySink(), neutralisesFormulas: neutralising)
    for record in records { try writer.write(record) }
    try writer.flush()
    return String(decoding: writer.sink.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    (["a", "b"], "a,b\r\n"),
    (["x,y", "q\"t"], "\"x,y\",\"q\"\"t\"\r\n"),
    (["=HYPERLINK(\"http://x\")"], "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"),
    (["@SUM(1+1)", "+1", "-5"], "'@SUM(1+1),'+1,'-5\r\n"),
    (["\tx"], "'\tx\r\n"),
    (["\rx"], "\"'\rx\"\r\n"),
    (["''=1", "'ok", "O'Brien"], "'''=1,'ok,O'Brien\r\n"),
    ([""], "\"\"\r\n"),
    (["", ""], ",\r\n"),
    (["line\nbreak"], "\"line\nbreak\"\r\n"),
    (["José 😀"], "José 😀\r\n"),
    (["\u{FEFF}x", "y\u{FEFF}"], "\"\u{FEFF}x\",y\u{FEFF}\r\n"),
  ])
  func writesFieldsQuotedAndNeutralised(fields: [String], expected: String) throws {
    #expect(try written([fields]) == expected)
  }

  @Test func withoutNeutralisationFormulasAreWrittenAsThey() throws {
    #expect(try written([["=1", "@x"]], neutralising: false) == "=1,@x\r\n")
  }

  @Test func aFailingSinkIsAnError() throws {
    var writer = CSVWriter(sink: FileDescriptorSink(descriptor: -1, name: "the closed output"))
    try writer.write(["a"])
    let error = #expect(throws: ExchangeError.self) { try writer.flush() }
    #expect(error?.code == .outputFailed)
    #expect(error?.message.hasPrefix("cannot write to the closed output (") == true)
  }

  /// The characters the random fields are made of: everything CSV and neutralisation treat specially,
  /// letters, and characters outside ASCII.
  private static let alphabet: [String] = [
    "a", "Z", "0", " ", ",", "\"", "'", "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "é", "中", "😀", "\u{301}",
    "\u{FEFF}",
  ]

  /// Found by fuzz-records-csv: a first field that starts with U+FEFF, written bare, was read back
  /// without it, the reader taking it for the file's byte order mark.
  @Test func aFirstFieldThatStartsWithAByteOrderMarkComesBack() throws {
    let fields = ["\u{FEFF}", "last"]
    var reader = CSVReader(bytes: Array(try written([fields]).utf8))
    #expect(try reader.next()?.fields == fields)
  }

  @Test func writtenThenReadGivesTheSameFields() async {
    let records = Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 0...8).array(of: 1...5).array(of: 1...8)
    await propertyCheck(count: 400, input: records, Gen.bool) { indices, neutralising in
      let fields = indices.map { record in record.map { field in field.map { Self.alphabet[$0] }.joined() } }
      var writer = CSVWriter(sink: MemorySink(), neutralisesFormulas: neutralising)
      for record in fields { try writer.write(record) }
      try writer.flush()
      var reader = CSVReader(bytes: writer.sink.bytes, options: CSVOptions(undoesNeutralisation: neutralising))
      var read: [[String]] = []
      while let record = try reader.next() { read.append(record.fields) }
      #expect(read == fields)
    }
  }
}
