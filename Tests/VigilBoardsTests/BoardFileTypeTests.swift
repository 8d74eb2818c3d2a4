import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport

/// A board file that is a named pipe is refused at once, in a folder of boards too, instead of blocking
/// `validate`, `transcript` and the rest forever.
@Suite struct BoardFileTypeTests {
  @Test(.timeLimit(.minutes(1)))
  func namedPipeInTheBoardsFolderIsRefused() async throws {
    let folder = TemporaryDirectory()
    try FileManager.default.copyItem(atPath: Repository.path("Boards/ms-bon.xml"), toPath: folder.path + "/ms-bon.xml")
    let pipe = folder.path + "/tx-bon.xml"
    try #require(FIFO.make(pipe))
    let path = folder.path
    let result = await BlockingWork.run({ Self.read(folder: path) }) { FIFO.release(pipe) }
    #expect(result?.boards == ["ms-bon"])
    #expect(result?.rules == [.fileUnreadable])
  }

  private static func read(folder: String) -> (boards: [String], rules: [RuleID])? {
    guard let reader = try? BoardReader() else { return nil }
    let (boards, diagnostics) = reader.read(folderAt: folder)
    return (boards.map(\.id), diagnostics.map(\.ruleID))
  }
}
