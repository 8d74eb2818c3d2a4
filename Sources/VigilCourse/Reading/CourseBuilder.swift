import VigilBase
import VigilGrading
import VigilXML

/// Builds a ``Course`` from the elements of a package, recording where each part was written and
/// reporting duplicate ids, unresolved references and questions whose answer key does not fit their kind.
///
/// The builder is tolerant: parts missing what they need are left out after a diagnostic (or after the
/// schema reported them), so one broken part never hides the problems of the others.
struct CourseBuilder {
  var diagnostics: [Diagnostic] = []
  var sources: SourceMap
  /// The objectives each question names, by question id, as the questions are read.
  var questionObjectives: [String: [String]] = [:]
  let courseFile: String
  let includedFiles: [String: LoadedDocument]
  private var firstDefinitions: [String: SourceReference] = [:]

  init(courseFile: String, includedFiles: [String: LoadedDocument]) {
    self.courseFile = courseFile
    self.includedFiles = includedFiles
    sources = SourceMap(courseFile: courseFile)
  }

  /// Builds the course from the root `<course>` element.
  mutating func build(_ root: XMLElement) -> Course {
    sources.record(.course, SourceReference(file: courseFile, element: root))
    for name in ["released", "expires"] {
      if let element = root.child(named: name) {
        sources.record(.courseDate(name), SourceReference(file: courseFile, element: element))
      }
    }
    var course = Course(
      id: root[attribute: "id"] ?? "",
      version: root[attribute: "version"] ?? "",
      language: root[attribute: "lang"] ?? "",
      title: root.child(named: "title")?.normalizedText ?? "",
      summary: root.child(named: "summary")?.normalizedText ?? "",
      audience: root.child(named: "audience")?.normalizedText,
      released: date(root.child(named: "released")?.text),
      expires: date(root.child(named: "expires")?.text),
      provider: provider(root.child(named: "provider")))
    course.approvals = (root.child(named: "approvals")?.children(named: "approval") ?? []).compactMap { approval($0) }
    course.objectives = (root.child(named: "objectives")?.children(named: "objective") ?? []).compactMap {
      element in
      guard let id = element[attribute: "id"] else { return nil }
      checkUnique(id, kind: "objective", at: SourceReference(file: courseFile, element: element))
      return Objective(id: id, text: element.normalizedText)
    }
    course.disclosures = (root.child(named: "disclosures")?.children(named: "disclosure") ?? []).map {
      Disclosure(kind: $0[attribute: "kind"] ?? "other", text: $0.normalizedText)
    }
    course.coverage = coverage(root.child(named: "coverage"))
    course.lessons = lessons(root.child(named: "lessons"))
    course.questionBanks = questionBanks(root.child(named: "questionBanks"))
    for element in root.children(named: "quiz") {
      guard let (quiz, minutes) = quiz(element, banks: course.questionBanks) else { continue }
      course.quizzes.append(quiz)
      if let minutes { course.quizMinutes[quiz.id] = minutes }
    }
    course.evaluation = (root.child(named: "evaluation")?.children(named: "ask") ?? []).compactMap {
      evaluationQuestion($0)
    }
    course.questionObjectives = questionObjectives
    course.references = (root.child(named: "references")?.children(named: "reference") ?? []).enumerated().map {
      index, element in
      sources.record(.reference(index), SourceReference(file: courseFile, element: element))
      return Reference(citation: element.normalizedText, web: element[attribute: "web"], checked: date(element[attribute: "checked"]))
    }
    checkReferences(course)
    return course
  }

  // MARK: - Shared helpers

  /// Reports an id already used by another part of the same kind.
  mutating func checkUnique(_ id: String, kind: String, scope: String = "", at reference: SourceReference) {
    let key = "\(kind)\u{0}\(scope)\u{0}\(id)"
    if let first = firstDefinitions[key] {
      let place = first.file == reference.file ? "line \(first.location.line)" : "\(first.file):\(first.location.line)"
      report(
        .error, .duplicateID, "\(kind) id '\(id)' is already used at \(place); give each \(kind) its own id",
        at: reference.attribute("id"))
    } else {
      firstDefinitions[key] = reference
    }
  }

  mutating func report(_ severity: Diagnostic.Severity, _ rule: RuleID, _ message: String, at reference: SourceReference) {
    diagnostics.append(Diagnostic(severity, rule, message, at: reference))
  }

  func date(_ text: String?) -> CalendarDate {
    text.flatMap { CalendarDate($0.trimmedOfWhitespace()) } ?? CalendarDate(year: 1970, month: 1, day: 1)
  }

  func ids(_ text: String?) -> [String] {
    (text ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
  }

  func flag(_ element: XMLElement, _ name: String, default value: Bool) -> Bool {
    guard let text = element[attribute: name]?.trimmedOfWhitespace() else { return value }
    return text == "true" || text == "1"
  }

  func number(_ element: XMLElement, _ name: String) -> Double? {
    element[attribute: name].flatMap { Double($0.trimmedOfWhitespace()) }.flatMap { $0.isFinite ? $0 : nil }
  }

  // MARK: - Course parts

  private func provider(_ element: XMLElement?) -> Provider {
    guard let element else { return Provider(name: "") }
    return Provider(
      name: element.child(named: "name")?.normalizedText ?? "",
      address: element.child(named: "address")?.normalizedText,
      web: element.child(named: "web")?.normalizedText,
      numbers: element.children(named: "providerNumber").map {
        ProviderNumber(
          authority: $0[attribute: "authority"] ?? "", value: $0.normalizedText,
          isExample: flag($0, "example", default: false))
      })
  }

  private mutating func approval(_ element: XMLElement) -> Approval? {
    let reference = SourceReference(file: courseFile, element: element)
    guard let id = element[attribute: "id"], let hundredths = element[attribute: "hours"].flatMap(ExactDecimal.hundredths)
    else { return nil }
    checkUnique(id, kind: "approval", at: reference)
    sources.record(.approval(id), reference)
    return Approval(
      id: id,
      approver: element[attribute: "approver"] ?? "",
      number: element[attribute: "number"] ?? "",
      isExample: flag(element, "example", default: false),
      hundredthsOfHour: hundredths,
      minutesPerHour: element[attribute: "minutesPerHour"].flatMap(ExactDecimal.integer) ?? 60,
      topics: element.children(named: "topic").map(\.normalizedText),
      statement: element.child(named: "statement")?.normalizedText ?? "",
      validFrom: date(element[attribute: "validFrom"]),
      validUntil: date(element[attribute: "validUntil"]))
  }

  private mutating func coverage(_ element: XMLElement?) -> [CoverageItem] {
    (element?.children(named: "requirement") ?? []).enumerated().map { index, requirement in
      sources.record(.coverage(index), SourceReference(file: courseFile, element: requirement))
      return CoverageItem(
        authority: requirement[attribute: "authority"] ?? "",
        citation: requirement[attribute: "citation"] ?? "",
        text: requirement.normalizedText,
        lessonIDs: ids(requirement[attribute: "lessons"]))
    }
  }

  private mutating func evaluationQuestion(_ element: XMLElement) -> EvaluationQuestion? {
    guard let id = element[attribute: "id"], let kind = element[attribute: "kind"].flatMap(EvaluationQuestion.Kind.init)
    else { return nil }
    checkUnique(id, kind: "evaluation question", at: SourceReference(file: courseFile, element: element))
    return EvaluationQuestion(
      id: id, kind: kind, prompt: element.normalizedText, isRequired: flag(element, "required", default: true))
  }
}
