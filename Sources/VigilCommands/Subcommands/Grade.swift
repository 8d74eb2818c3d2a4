import ArgumentParser
import VigilCourse
import VigilGrading

extension VigilCommand {
  /// `vigil grade COURSE --responses FILE`: scores recorded answers against a course's answer key.
  struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score recorded answers against a course's answer key (authors check their keys).",
      discussion: """
        The responses file is a JSON object mapping question ids to answers in the notation a licensee \
        types: {"q01": "b", "q09": "a c", "q17": "1b 2a 3c", "q21": "c a b d", "q25": "233733"}. \
        Without --seed, every question of the quiz's pools is graded in the order the course writes \
        them (letters follow that order); with --seed, the questions of the attempt that seed draws, \
        in its shuffled order. Unanswered questions count 0 and are listed.
        """
    )

    @Argument(help: "The course package folder (holding course.xml).")
    var course: String

    @Option(help: "The quiz id; may be left out when the course has one quiz.")
    var quiz: String?

    @Option(help: "The JSON file of answers.")
    var responses: String

    @Option(
      parsing: .unconditional, help: "Grade the attempt this seed draws (\(SeedArgument.range)).",
      transform: SeedArgument.parse)
    var seed: UInt64?

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let package = try CourseLoading.load(course)
      let quiz = try package.course.quiz(selecting: self.quiz)
      let outcome = try AnswerSheet.grade(responses: try ResponsesInput.read(responses), against: quiz, seed: seed)
      let report = GradeReport(course: package.course, quiz: quiz, outcome: outcome, responsesFile: responses)
      try FileHandleOutput.standardOutput.write(output.format == .json ? report.json() : report.text())
      if case .problems = outcome { throw ProblemsFound() }
    }
  }
}
