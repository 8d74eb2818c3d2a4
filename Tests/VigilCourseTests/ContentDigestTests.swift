import Foundation
import Testing
import VigilBase
import VigilCourse
import VigilTestSupport

/// A package's content digest is what coreutils computes: `sha256sum` over course.xml and the files it
/// references, in path order, hashed again.
@Suite struct ContentDigestTests {
  @Test func theDigestIsSha256sumsListingHashed() throws {
    let folder = Repository.path("Courses/human-trafficking-healthcare")
    let (package, _) = try CoursePackageReader().read(packageAt: folder)
    let digest = try #require(package).contentDigest()
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let result = try CommandRunner.run(
      "/bin/sh", ["-c", "cd \"$0\" && sha256sum \"$@\" | sha256sum", folder] + files)
    #expect(digest == "sha256:" + result.output.prefix(64))
  }

  @Test func aChangedByteChangesTheDigest() throws {
    var fixture = CourseFixture()
    let first = fixture.write()
    let before = try #require(try CoursePackageReader().read(packageAt: first.path).package).contentDigest()
    fixture.replace("Recognise warning signs.", with: "Recognise warning signs!")
    let second = fixture.write()
    let after = try #require(try CoursePackageReader().read(packageAt: second.path).package).contentDigest()
    #expect(before.hasPrefix("sha256:") && before.count == 71)
    #expect(before != after)
  }
}
