import VigilBase
import VigilGrading
import VigilXML

extension CourseBuilder {
  /// A quiz and its estimated minutes, with its sections bound to the banks they name.
  mutating func quiz(_ element: XMLElement, banks: [QuestionPool]) -> (Quiz, Int?)? {
    guard let id = element[attribute: "id"], let passPercent = number(element, "passPercent") else { return nil }
    let reference = SourceReference(file: courseFile, element: element)
    checkUnique(id, kind: "quiz", at: reference)
    sources.record(.quiz(id), reference)
    let banksByID = Dictionary(banks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sections = element.children(named: "section").compactMap { section -> QuizSection? in
      guard let sectionID = section[attribute: "id"], let bankID = section[attribute: "bank"] else { return nil }
      let sectionReference = SourceReference(file: courseFile, element: section)
      checkUnique(sectionID, kind: "section", scope: id, at: sectionReference)
      sources.record(.section(quiz: id, section: sectionID), sectionReference)
      guard let bank = banksByID[bankID] else {
        report(
          .error, .unresolvedReference,
          "section '\(sectionID)' draws from bank '\(bankID)', which the course does not define",
          at: sectionReference.attribute("bank"))
        return nil
      }
      return QuizSection(
        id: sectionID, pool: bank, selectCount: section[attribute: "select"].flatMap(ExactDecimal.integer),
        shufflesQuestions: flag(section, "shuffle", default: true))
    }
    let policy = AttemptPolicy(
      passPercent: passPercent,
      maxAttempts: element[attribute: "maxAttempts"].flatMap(ExactDecimal.integer),
      gradingMethod: element[attribute: "grading"].flatMap(GradingMethod.init) ?? .highest,
      timeLimitSeconds: element[attribute: "timeLimitMinutes"].flatMap(ExactDecimal.integer).map { $0 * 60 },
      retryPenalty: number(element, "retryPenalty") ?? 0,
      displayDecimals: element[attribute: "decimals"].flatMap(ExactDecimal.integer) ?? 1)
    let bands = element.children(named: "band").compactMap { band -> FeedbackBand? in
      guard let lower = number(band, "min"), let upper = number(band, "max") else { return nil }
      return FeedbackBand(lowerPercent: lower, upperPercent: upper, message: band.normalizedText)
    }
    let quiz = Quiz(
      id: id, title: element.child(named: "title")?.normalizedText ?? "", sections: sections, policy: policy,
      feedbackBands: bands)
    return (quiz, element[attribute: "minutes"].flatMap(ExactDecimal.integer))
  }

  /// Reports objective and lesson ids that coverage items, lessons and questions name but the course lacks.
  mutating func checkReferences(_ course: Course) {
    let objectiveIDs = Set(course.objectives.map(\.id))
    for lesson in course.lessons {
      for id in lesson.objectiveIDs where !objectiveIDs.contains(id) {
        report(
          .error, .unresolvedReference, "lesson '\(lesson.id)' serves objective '\(id)', which the course does not define",
          at: sources[.lesson(lesson.id)].attribute("objectives"))
      }
    }
    for (questionID, ids) in course.questionObjectives.sorted(by: { $0.key < $1.key }) {
      for id in ids where !objectiveIDs.contains(id) {
        report(
          .error, .unresolvedReference,
          "question '\(questionID)' assesses objective '\(id)', which the course does not define",
          at: sources[.question(questionID)].attribute("objectives"))
      }
    }
    let lessonIDs = Set(course.lessons.map(\.id))
    for (index, item) in course.coverage.enumerated() {
      for id in item.lessonIDs where !lessonIDs.contains(id) {
        report(
          .error, .unresolvedReference, "coverage of \(item.citation) names lesson '\(id)', which the course does not have",
          at: sources[.coverage(index)].attribute("lessons"))
      }
    }
  }
}
