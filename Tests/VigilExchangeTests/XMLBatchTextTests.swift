import Foundation
import Testing
import VigilTestSupport

@testable import VigilExchange

/// The text of a batch's fields as XML gives it: an element's character data, CDATA sections and the
/// text around comments joined, as any XML reader (XPath's string value) reads it.
struct XMLBatchTextTests {
  /// The first record of the committed sample batch, with `edit` applied to the file's text.
  private func firstRecord(_ edit: (String) -> String) throws -> CompletionRecord {
    let sample = try String(contentsOfFile: Repository.path("Fuzz/corpus/batch-xml/topics.xml"), encoding: .utf8)
    let folder = TemporaryDirectory()
    let path = folder.write("batch.xml", edit(sample))
    let reader = try XMLBatchReader(path: path)
    return try #require(try reader.nextRecord()).record
  }

  @Test func cdataAndCommentsInAFieldJoinItsText() throws {
    let record = try firstRecord {
      $0.replacingOccurrences(of: ">Sample Minimal Course<", with: ">Sample <![CDATA[Minimal]]> Course<")
        .replacingOccurrences(of: "<learnerName>José Núñez<", with: "<learnerName>José<!-- a comment --> Núñez<")
        .replacingOccurrences(of: "<topic>human-trafficking<", with: "<topic>human<!---->-trafficking<")
    }
    #expect(record.courseTitle == "Sample Minimal Course")
    #expect(record.learnerName == "José Núñez")
    #expect(record.topics == ["human-trafficking", "nursing-jurisprudence-ethics"])
  }

  /// XML Schema collapses the white space around an integer or a date, so a reader does too: a padded
  /// `minutes`, `completedOn` and `<count>` read as the values they pad.
  @Test func whiteSpaceAroundNumbersAndDatesIsCollapsed() throws {
    let padded = { (text: String) in
      text.replacingOccurrences(of: "minutes=\"6\"", with: "minutes=\" 6 \"")
        .replacingOccurrences(of: "<completedOn>2027-01-31</completedOn>", with: "<completedOn>\n  2027-01-31\t</completedOn>")
        .replacingOccurrences(of: #"<count>(\d+)</count>"#, with: "<count> $1 </count>", options: .regularExpression)
    }
    let record = try firstRecord(padded)
    #expect(record.approvalMinutes == 6)
    #expect(record.completedOn.description == "2027-01-31")
    let sample = try String(contentsOfFile: Repository.path("Fuzz/corpus/batch-xml/topics.xml"), encoding: .utf8)
    let folder = TemporaryDirectory()
    let reader = try XMLBatchReader(path: folder.write("batch.xml", padded(sample)))
    var count = 0
    while try reader.nextRecord() != nil { count += 1 }
    #expect(count == sample.components(separatedBy: "<record ").count - 1)
  }

  /// A JSON Lines file that starts with a UTF-8 byte order mark reads as the same file without it.
  @Test func aByteOrderMarkBeforeJSONLinesIsSkipped() throws {
    let fixture = try ExportRoundTripTests.provider()
    let path = fixture.directory.appending("batch.jsonl")
    _ = try RecordExporter(board: fixture.texasBoard, format: .jsonl)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_000)
    let plain = try ExportRoundTripTests.readAll(try JSONLinesReader(path: path)).map(\.record.learnerName)
    let bytes = [0xEF, 0xBB, 0xBF] + Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let marked = fixture.directory.write("marked.jsonl", bytes: bytes)
    #expect(try ExportRoundTripTests.readAll(try JSONLinesReader(path: marked)).map(\.record.learnerName) == plain)
    #expect(plain.count == ExportRoundTripTests.names.count)
  }
}
