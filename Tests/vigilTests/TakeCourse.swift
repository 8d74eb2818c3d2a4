import Foundation
import Testing
import VigilTestSupport

/// Course packages for the `vigil take` tests, made from `Courses/sample-minimal`: its lesson repeated
/// `lessons` times and `questions` true/false questions whose answer is true ("Statement N is true."),
/// with an optional time limit, attempt limit and a second, free-text evaluation question, and its
/// ANCC approval (0.1 h) an example or, with `realApproval`, a real one (number ANCC-2026-0042) whose
/// credit is reported to boards.
enum TakeCourse {
  static func make(
    lessons: Int = 1, questions: Int = 1, timeLimitMinutes: Int? = nil, maxAttempts: Int? = nil, textEvaluation: Bool = false,
    realApproval: Bool = false
  ) throws -> TemporaryDirectory {
    var course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    if realApproval {
      course = course.replacingOccurrences(
        of: #"number="EXAMPLE-ANCC-0000" example="true""#, with: #"number="ANCC-2026-0042" example="false""#)
    }
    let lesson = try slice(course, from: #"<lesson id="lesson-1""#, to: "</lesson>")
    course = course.replacingOccurrences(
      of: lesson,
      with: (1...lessons).map { number in
        lesson.replacingOccurrences(of: #"id="lesson-1""#, with: #"id="lesson-\#(number)""#)
          .replacingOccurrences(of: "The Parts of a Course Package", with: "The Parts of a Course Package, part \(number)")
      }.joined(separator: "\n"))
    let question = try slice(course, from: #"<question id="q1""#, to: "</question>")
    course = course.replacingOccurrences(
      of: question,
      with: (1...questions).map { number in
        #"<question id="q\#(number)" kind="true-false" answer="true"><prompt>Statement \#(number) is true.</prompt>"#
          + "<feedback>Statement \(number) is true.</feedback></question>"
      }.joined(separator: "\n"))
    var quizAttributes = ""
    if let timeLimitMinutes { quizAttributes += #" timeLimitMinutes="\#(timeLimitMinutes)""# }
    if let maxAttempts { quizAttributes += #" maxAttempts="\#(maxAttempts)""# }
    course = course.replacingOccurrences(of: #"<quiz id="quiz-1""#, with: #"<quiz id="quiz-1""# + quizAttributes)
    if textEvaluation {
      course = course.replacingOccurrences(
        of: "</evaluation>", with: #"<ask id="e2" kind="text">What would you add?</ask></evaluation>"#)
    }
    let folder = TemporaryDirectory()
    try course.write(toFile: folder.appending("course.xml"), atomically: true, encoding: .utf8)
    return folder
  }

  /// Who the learner is, as the first run asks it: name, board, type, number, expiry, no attributes.
  static let registration = registration(name: "Ana Díaz", number: "123456")

  /// The registration of another Texas RN.
  static func registration(name: String, number: String) -> String {
    "\(name)\ntx-bon\nRN\n\(number)\n2027-01-31\n\n"
  }

  /// The text from `start` through `end`.
  private static func slice(_ text: String, from start: String, to end: String) throws -> String {
    let opening = try #require(text.range(of: start))
    let closing = try #require(text.range(of: end, range: opening.upperBound..<text.endIndex))
    return String(text[opening.lowerBound..<closing.upperBound])
  }
}

extension String {
  /// The text with each run of spaces and line breaks as one space: screens wrap sentences at the width.
  var unwrapped: String {
    split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }
}
