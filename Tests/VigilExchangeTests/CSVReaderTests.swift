import Testing
import VigilExchange
import VigilTestSupport

/// RFC 4180 reading, case by case: each input's records (fields and starting line) or its error,
/// written out by hand.
@Suite struct CSVReaderTests {
  private func read(_ text: String, _ options: CSVOptions = CSVOptions()) throws -> [CSVRecord] {
    try read(bytes: Array(text.utf8), options)
  }

  private func read(bytes: [UInt8], _ options: CSVOptions = CSVOptions()) throws -> [CSVRecord] {
    var reader = CSVReader(bytes: bytes, name: "in.csv", options: options)
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    return records
  }

  @Test(arguments: [
    ("a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]], [1, 2]),
    ("a,b\n1,2\n", [["a", "b"], ["1", "2"]], [1, 2]),
    ("a,b\n1,2", [["a", "b"], ["1", "2"]], [1, 2]),
    ("\"x,y\",z\n", [["x,y", "z"]], [1]),
    ("\"say \"\"hi\"\"\",2\n", [["say \"hi\"", "2"]], [1]),
    ("\"line1\nline2\",b\nc,d\n", [["line1\nline2", "b"], ["c", "d"]], [1, 3]),
    ("\"a\r\nb\",c\r\n", [["a\r\nb", "c"]], [1]),
    (",,\n", [["", "", ""]], [1]),
    ("\"\"\n", [[""]], [1]),
    ("a\n\n\r\nb\n", [["a"], ["b"]], [1, 4]),
    ("José,中文,😀\n", [["José", "中文", "😀"]], [1]),
    ("a,", [["a", ""]], [1]),
    ("'quoted',O'Brien\n", [["'quoted'", "O'Brien"]], [1]),
    ("", [], []),
    ("\n\n", [], []),
  ])
  func readsRecordsAndTheirLines(input: String, fields: [[String]], lines: [Int]) throws {
    let records = try read(input)
    #expect(records.map(\.fields) == fields)
    #expect(records.map(\.line) == lines)
    #expect(records.map(\.number) == Array(stride(from: 1, through: fields.count, by: 1)))
  }

  @Test func aByteOrderMarkAtTheStartIsSkipped() throws {
    #expect(try read(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)).map(\.fields) == [["a", "b"]])
  }

  @Test(arguments: [
    ("a\n\"bc\nd", "in.csv line 2: the quoted field that starts here is never closed (a quote is missing)"),
    (
      "ab\"c,d\n",
      "in.csv line 1: a quote inside a field that does not start with one; quote the whole field and double the quote"
    ),
    (
      "\"ab\"c,d\n",
      "in.csv line 1: a quoted field goes on after its closing quote; double a quote inside a quoted field (\"\")"
    ),
    ("a\rb\n", "in.csv line 1: a carriage return not followed by a line feed; end lines with CRLF or LF"),
    ("x\n\"1\n2\"\"\"x\n", "in.csv line 3: a quoted field goes on after its closing quote; double a quote inside a quoted field (\"\")"),
  ])
  func brokenQuotingIsMalformedAndNamesTheLine(input: String, message: String) throws {
    let error = #expect(throws: ExchangeError.self) { try read(input) }
    #expect(error?.code == .malformed)
    #expect(error?.message == message)
    #expect(error?.isRefusal == true)
  }

  @Test(arguments: [
    [0xFF, 0xFE] as [UInt8],  // not UTF-8 at all
    [0xC0, 0xAF],  // an overlong "/"
    [0xED, 0xA0, 0x80],  // a UTF-16 surrogate
    [0xE2, 0x82],  // cut short
  ])
  func invalidUTF8IsMalformedAndNamesLineAndField(bad: [UInt8]) throws {
    let error = #expect(throws: ExchangeError.self) { try read(bytes: Array("ok,ok\nx,".utf8) + bad + [0x0A]) }
    #expect(error?.code == .malformed)
    #expect(error?.message == "in.csv line 2: field 2 is not valid UTF-8; save the file as UTF-8")
  }

  @Test(arguments: [
    ("abcde\n", CSVOptions(maximumFieldBytes: 4), "in.csv line 1: a field is longer than 4 bytes"),
    ("a,b\n\"0123\n456789\"\n", CSVOptions(maximumRecordBytes: 8), "in.csv line 2: the record is longer than 8 bytes"),
    ("a,b,c\n", CSVOptions(maximumFields: 2), "in.csv line 1: the record has more than 2 fields"),
  ])
  func limitsAreRefusedAsTheBytesArrive(input: String, options: CSVOptions, message: String) throws {
    let error = #expect(throws: ExchangeError.self) { try read(input, options) }
    #expect(error?.code == .tooLarge)
    #expect(error?.message == message)
  }

  /// A field or record exactly at its limit is read; one byte more is refused, wherever in a run of
  /// plain bytes (or a quoted field's lines) the limit falls.
  @Test(arguments: [
    ("abcd\n", CSVOptions(maximumFieldBytes: 4), [["abcd"]]),
    ("\"ab\ncd\",e\nf\n", CSVOptions(maximumFieldBytes: 5), [["ab\ncd", "e"], ["f"]]),
    ("ab,cd\n", CSVOptions(maximumRecordBytes: 6), [["ab", "cd"]]),
  ])
  func aFieldOrRecordAtItsLimitIsRead(input: String, options: CSVOptions, fields: [[String]]) throws {
    #expect(try read(input, options).map(\.fields) == fields)
  }

  @Test(arguments: [
    ("x\n\"ab\ncdef\"\n", CSVOptions(maximumFieldBytes: 5), "in.csv line 2: a field is longer than 5 bytes"),
    ("x\nabcdef,g\n", CSVOptions(maximumFieldBytes: 4, maximumRecordBytes: 4), "in.csv line 2: the record is longer than 4 bytes"),
    ("x\n\"a\nb\nc\nd\"\n", CSVOptions(maximumRecordBytes: 8), "in.csv line 2: the record is longer than 8 bytes"),
  ])
  func aLimitCrossedInsideARunIsRefused(input: String, options: CSVOptions, message: String) throws {
    let error = #expect(throws: ExchangeError.self) { try read(input, options) }
    #expect(error?.code == .tooLarge)
    #expect(error?.message == message)
  }

  @Test func quotedLinesAcrossChunksKeepTheLineCount() throws {
    let folder = TemporaryDirectory()
    // A quoted field of 70,000 line feeds spans two 64 KiB chunks; the record after it starts on the
    // line after them all.
    let text = "a,b\n\"" + String(repeating: "\n", count: 70_000) + "\",x\nlast,y\n"
    let path = folder.write("lines.csv", text)
    var reader = try CSVReader(path: path, options: CSVOptions(maximumFieldBytes: 80_000, maximumRecordBytes: 80_000))
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    #expect(records.map(\.line) == [1, 2, 70_003])
    #expect(records.last?.fields == ["last", "y"])
    #expect(records[1].fields[0].utf8.count == 70_000)
  }

  @Test func aFileOverTheLimitIsRefusedBeforeReading() throws {
    let folder = TemporaryDirectory()
    let path = folder.write("big.csv", String(repeating: "a,b\n", count: 100))
    let error = #expect(throws: ExchangeError.self) { _ = try CSVReader(path: path, options: CSVOptions(maximumFileBytes: 399)) }
    #expect(error?.code == .tooLarge)
    #expect(error?.message == "\(path) is 400 bytes, more than the 399 Vigil reads")
    var reader = try CSVReader(path: path, options: CSVOptions(maximumFileBytes: 400))
    var count = 0
    while try reader.next() != nil { count += 1 }
    #expect(count == 100)
  }

  @Test func aMissingFileOrAFolderIsUnreadable() throws {
    let folder = TemporaryDirectory()
    for path in [folder.appending("missing.csv"), folder.path] {
      let error = #expect(throws: ExchangeError.self) { _ = try CSVReader(path: path) }
      #expect(error?.code == .unreadable && error?.isRefusal == false)
    }
  }

  @Test func aLongFileIsReadAcrossChunks() throws {
    let folder = TemporaryDirectory()
    var text = "name,note\r\n"
    for index in 1...20_000 { text += "person \(index),\"multi\nline, \"\"\(index)\"\"\"\r\n" }
    let path = folder.write("long.csv", text)
    var reader = try CSVReader(path: path)
    var last: CSVRecord?
    var count = 0
    while let record = try reader.next() {
      count += 1
      last = record
    }
    #expect(count == 20_001)
    #expect(last?.fields == ["person 20000", "multi\nline, \"20000\""])
    #expect(last?.line == 1 + 2 * 19_999 + 1)
  }

  /// With the option, exactly one leading `'` comes off a cell that starts with `'`s and then `=`, `+`,
  /// `-`, `@`, tab or carriage return; every other cell is read as written.
  @Test(arguments: [
    ("'=SUM(1)", "=SUM(1)"), ("''=1", "'=1"), ("'+1", "+1"), ("'-1", "-1"), ("'@x", "@x"), ("\"'\tx\"", "\tx"),
    ("\"'\rx\"", "\rx"), ("'hello'", "'hello'"), ("O'Brien", "O'Brien"), ("'", "'"), ("''", "''"), ("=x", "=x"),
    ("\"'=HYPERLINK(\"\"http://x\"\")\"", "=HYPERLINK(\"http://x\")"),
  ])
  func neutralisationIsUndoneOnlyWhenAsked(cell: String, restored: String) throws {
    #expect(try read(cell + "\n", CSVOptions(undoesNeutralisation: true)).map(\.fields) == [[restored]])
    let raw = try #require(try read(cell + "\n").first?.fields.first)
    #expect(FormulaNeutralisation.restored(raw) == restored)
  }
}
