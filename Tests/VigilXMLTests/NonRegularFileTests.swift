import Foundation
import Testing
import VigilTestSupport
import VigilXML

/// A named pipe given as an XML file is refused at once instead of blocking the reader forever.
@Suite struct NonRegularFileTests {
  @Test(.timeLimit(.minutes(1)))
  func namedPipeIsRefusedWithoutBlocking() async throws {
    let folder = TemporaryDirectory()
    let path = folder.path + "/course.xml"
    try #require(FIFO.make(path))
    let issues = await BlockingWork.run({ XMLDocumentReader().read(contentsOfFile: path).issues }) {
      FIFO.release(path)
    }
    #expect(issues.map(\.code) == [.unreadable])
    #expect(issues.first?.message.contains("not a regular file") == true)
  }

  @Test(.timeLimit(.minutes(1)))
  func namedPipeHasNoPrefix() async throws {
    let folder = TemporaryDirectory()
    let path = folder.path + "/board.xml"
    try #require(FIFO.make(path))
    let prefix = await BlockingWork.run({ FileBytes.readPrefix(path, count: 4096) }) { FIFO.release(path) }
    #expect(prefix == nil)
  }

  @Test func linkToARegularFileIsRead() throws {
    let folder = TemporaryDirectory()
    let target = folder.write("a.xml", "<a/>")
    try #require(symlink(target, folder.path + "/b.xml") == 0)
    #expect(XMLDocumentReader().read(contentsOfFile: folder.path + "/b.xml").issues.isEmpty)
  }
}
