import Foundation
import Testing
import VigilBase
import VigilCourse
import VigilTestSupport
import VigilXML

/// Reading a package costs what its distinct files cost: each is read once by identity, the total is
/// bounded, and a named pipe anywhere in it is refused instead of blocking.
@Suite struct PackageReadingTests {
  private static let lessonFile = """
    <?xml version="1.0" encoding="UTF-8"?>
    <lesson xmlns="urn:vigil:course:1" id="l2" minutes="1">
      <title>Lesson two</title>
      <section><heading>More</heading><p>\(CourseFixture.lessonText)</p></section>
    </lesson>
    """

  /// The fixture with `count` lessonFile references, lessons/l0.xml and on.
  private func fixture(references count: Int) -> CourseFixture {
    var fixture = CourseFixture()
    let references = (0..<count).map { "    <lessonFile href=\"lessons/l\($0).xml\"/>\n" }.joined()
    fixture.replace("  </lessons>", with: references + "  </lessons>")
    return fixture
  }

  /// Writes the fixture with lessons/l0.xml holding `lesson` and every other reference a symbolic link to it.
  private func packageOfLinks(_ count: Int, lesson: String = lessonFile) throws -> TemporaryDirectory {
    var fixture = fixture(references: count)
    fixture.files["lessons/l0.xml"] = lesson
    let directory = fixture.write()
    for index in 1..<count {
      try #require(symlink("l0.xml", directory.path + "/lessons/l\(index).xml") == 0)
    }
    return directory
  }

  private func reader(packageBytes: Int = XMLLimits.standard.maximumPackageBytes) throws -> CoursePackageReader {
    try CoursePackageReader(limits: XMLLimits(maximumPackageBytes: packageBytes))
  }

  private static func rules(readingPackageAt folder: String) -> [RuleID]? {
    (try? CoursePackageReader())?.read(packageAt: folder).diagnostics.map(\.ruleID)
  }

  @Test func manyLinksToOneLessonCountItOnceAgainstTheBudget() throws {
    let directory = try packageOfLinks(200)
    let courseBytes = try #require(FileIdentity.of(directory.path + "/course.xml")).size
    // Room for course.xml and two copies of the lesson: reading each link's file again would need 200.
    let budget = courseBytes + 2 * Self.lessonFile.utf8.count
    let (package, diagnostics) = try reader(packageBytes: budget).read(packageAt: directory.path)
    #expect(!diagnostics.map(\.ruleID).contains(.packageTooLarge))
    #expect(package?.course.lessons.count == 201)
  }

  @Test func aLessonReachedThroughManyLinksIsReadOnce() throws {
    let broken = Self.lessonFile.replacingOccurrences(of: #"minutes="1""#, with: #"minutes="1" colour="red""#)
    let directory = try packageOfLinks(50, lesson: broken)
    let (_, diagnostics) = try reader().read(packageAt: directory.path)
    // Read once, its schema error is reported once, not once per link.
    #expect(diagnostics.filter { $0.ruleID == .schema }.count == 1)
  }

  @Test func packageOverItsBudgetIsRefused() throws {
    var fixture = fixture(references: 3)
    for index in 0..<3 {
      fixture.files["lessons/l\(index).xml"] = Self.lessonFile.replacingOccurrences(of: "l2", with: "l\(index + 2)")
    }
    let directory = fixture.write()
    let courseBytes = try #require(FileIdentity.of(directory.path + "/course.xml")).size
    let budget = courseBytes + Self.lessonFile.utf8.count + 100
    let (package, diagnostics) = try reader(packageBytes: budget).read(packageAt: directory.path)
    #expect(package == nil)
    #expect(diagnostics.map(\.ruleID) == [.packageTooLarge])
    #expect(diagnostics.first?.location == fixture.location(of: #"href="lessons/l1.xml""#))
    #expect(diagnostics.first?.message.contains("MiB, the limit") == true)
  }

  @Test(.timeLimit(.minutes(1)))
  func courseFileThatIsANamedPipeIsRefused() async throws {
    let directory = TemporaryDirectory()
    let path = directory.path + "/course.xml"
    try #require(FIFO.make(path))
    let folder = directory.path
    let rules = await BlockingWork.run({ Self.rules(readingPackageAt: folder) }) {
      FIFO.release(path)
    }
    #expect(rules == [.fileUnreadable])
  }

  @Test(.timeLimit(.minutes(1)))
  func lessonFileThatIsANamedPipeIsRefused() async throws {
    let directory = fixture(references: 1).write()
    let path = directory.path + "/lessons/l0.xml"
    try #require(FIFO.make(path))
    let folder = directory.path
    let rules = await BlockingWork.run({ Self.rules(readingPackageAt: folder) }) {
      FIFO.release(path)
    }
    #expect(rules == [.fileUnreadable])
  }
}
