import ArgumentParser
import Foundation
import VigilBase
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
        Without --seed, letters follow the order the question is written in the course; with --seed, \
        they follow the shuffled order of the attempt that seed draws, and only drawn questions count.
        """
    )

    @Argument(help: "The course package folder (holding course.xml).")
    var course: String

    @Option(help: "The quiz id; may be left out when the course has one quiz.")
    var quiz: String?

    @Option(help: "The JSON file of answers.")
    var responses: String

    @Option(help: "Grade the attempt this seed draws (0 to 18446744073709551615).")
    var seed: UInt64?

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let package = try CourseLoading.load(course)
      let quiz = try selectQuiz(package.course)
      guard let data = FileManager.default.contents(atPath: responses) else {
        throw CommandError(.notFound, "cannot read the responses file \(Echo.quoted(responses)); check the path")
      }
      let outcome: AnswerSheet.Outcome
      switch ResponsesFile.read(data) {
      case .failure(let failure):
        outcome = .problems(failure.problems)
      case .success(let answers):
        let order = Dictionary(
          quiz.sections.flatMap(\.pool.questions).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = answers.sorted { (order[$0.questionID] ?? .max, $0.questionID) < (order[$1.questionID] ?? .max, $1.questionID) }
        outcome = try AnswerSheet(answers: sorted).grade(against: quiz, seed: seed)
      }
      let report = GradeReport(course: package.course, quiz: quiz, seed: seed, outcome: outcome, responsesFile: responses)
      try FileHandleOutput.standardOutput.write(output.format == .json ? report.json() : report.text())
      if case .problems = outcome { throw ProblemsFound() }
    }

    private func selectQuiz(_ course: Course) throws -> Quiz {
      if let quiz {
        guard let found = course.quiz(id: quiz) else {
          let known = course.quizzes.map(\.id).joined(separator: ", ")
          throw CourseError(.quizNotFound, "the course has no quiz \(Echo.quoted(quiz)); its quizzes are \(known)")
        }
        return found
      }
      guard course.quizzes.count == 1, let only = course.quizzes.first else {
        let known = course.quizzes.map(\.id).joined(separator: ", ")
        throw CourseError(.quizNotFound, "the course has several quizzes; choose one with --quiz (\(known))")
      }
      return only
    }
  }
}
