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
}
