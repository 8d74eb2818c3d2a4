import BenchmarkSupport
import Foundation

/// A home with one registered nurse, a generated course of true/false questions, and the real course.
struct BenchmarkHome {
  let vigil: String
  let repository: String
  let folder: String
  let home: String
  let license = "tx-bon:RN:123456"

  init(vigil: String, repository: String, folder: String) throws {
    self.vigil = vigil
    self.repository = repository
    self.folder = folder
    home = folder + "/home"
    try run(["learner", "add", "--name", "Ana Díaz", "--home", home])
    try run(
      ["learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "123456",
       "--expires", "2027-01-31", "--home", home, "--boards", boards])
  }

  var boards: String { repository + "/Boards" }
  var realCourse: String { repository + "/Courses/human-trafficking-healthcare" }

  /// The arguments of `vigil take COURSE` for the nurse, plain, in this home.
  func take(_ course: String) -> [String] {
    ["take", course, "--home", home, "--boards", boards, "--license", license, "--plain"]
  }

  /// Writes `Courses/sample-minimal` with `questions` true/false questions (answer: true) and returns its folder.
  func course(questions: Int) throws -> String {
    var text = try String(contentsOfFile: repository + "/Courses/sample-minimal/course.xml", encoding: .utf8)
    guard let start = text.range(of: #"<question id="q1""#),
      let end = text.range(of: "</question>", range: start.upperBound..<text.endIndex)
    else { throw BenchmarkError("Courses/sample-minimal/course.xml has no question q1") }
    text.replaceSubrange(
      start.lowerBound..<end.upperBound,
      with: (1...questions).map {
        #"<question id="q\#($0)" kind="true-false" answer="true"><prompt>Statement \#($0) is true.</prompt>"#
          + "<feedback>It is.</feedback></question>"
      }.joined(separator: "\n"))
    let course = folder + "/course"
    try FileManager.default.createDirectory(atPath: course, withIntermediateDirectories: true)
    try text.write(toFile: course + "/course.xml", atomically: true, encoding: .utf8)
    return course
  }

  /// Runs vigil to the end; throws unless it exits 0.
  func run(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: vigil)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BenchmarkError("vigil \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
    }
  }
}
