import VigilBase
import VigilGrading

extension Course {
  /// The quiz `id` names, or without an id the course's only quiz.
  ///
  /// - Throws: ``CourseError`` with code ``CourseError/Code/quizNotFound`` and a message listing the
  ///   course's quiz ids when `id` names no quiz, or when no id is given and the course has several
  ///   quizzes or none.
  public func quiz(selecting id: String?) throws(CourseError) -> Quiz {
    let known = quizzes.map { Echo.safe($0.id) }.joined(separator: ", ")
    if let id {
      guard let found = quiz(id: id) else {
        let those = quizzes.isEmpty ? "it has no quizzes" : "its quizzes are \(known)"
        throw CourseError(.quizNotFound, "the course has no quiz \(Echo.quoted(id)); \(those)")
      }
      return found
    }
    guard let only = quizzes.first else { throw CourseError(.quizNotFound, "the course has no quiz to grade") }
    guard quizzes.count == 1 else {
      throw CourseError(.quizNotFound, "the course has several quizzes; choose one with --quiz (\(known))")
    }
    return only
  }
}
