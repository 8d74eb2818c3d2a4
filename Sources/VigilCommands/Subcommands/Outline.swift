import ArgumentParser
import VigilCourse

extension VigilCommand {
  /// `vigil outline COURSE`: what a course holds, as a licensee will meet it.
  struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a course package's outline: credit, objectives, lessons, quiz and evaluation."
    )

    @Argument(help: "The course package folder (holding course.xml).")
    var course: String

    mutating func run() throws {
      let package = try CourseLoading.load(course)
      try FileHandleOutput.standardOutput.write(CourseOutline(package.course).lines.joined(separator: "\n") + "\n")
    }
  }
}
