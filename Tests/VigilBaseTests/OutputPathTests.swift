import Testing
import VigilBase

@Suite struct OutputPathTests {
  @Test(arguments: [
    ("batch.xml", ".", "batch.xml"), ("out/batch.xml", "out", "batch.xml"), ("/batch.xml", "/", "batch.xml"),
    ("/tmp/a/b.pdf", "/tmp/a", "b.pdf"), ("./b.pdf", ".", "b.pdf"), (" ", ".", " "),
  ])
  func splitsAPathIntoItsFolderAndName(path: String, folder: String, name: String) throws {
    let output = try #require(OutputPath(path))
    #expect(output.folder == folder && output.name == name)
  }

  @Test(arguments: ["", "/", "out/", ".", "..", "out/.", "out/.."])
  func refusesAPathThatNamesNoFile(path: String) {
    #expect(OutputPath(path) == nil)
  }

  @Test func saysWhatIsWrongWithAPathThatNamesNoFile() {
    #expect(OutputPath.notAFile("", example: "a.xml") == "the file name is empty; give one such as a.xml")
    #expect(
      OutputPath.notAFile("out/", example: "a.xml") == "'out/' names a folder, not a file; give a file name such as a.xml")
  }
}
