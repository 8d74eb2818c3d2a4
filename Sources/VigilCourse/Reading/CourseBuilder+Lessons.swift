import VigilBase
import VigilXML

extension CourseBuilder {
  /// The lessons in order, inline or from their files.
  mutating func lessons(_ element: XMLElement?) -> [Lesson] {
    (element?.children ?? []).compactMap { child in
      switch child.name {
      case "lesson": return lesson(child, file: courseFile)
      case "lessonFile":
        guard let href = child[attribute: "href"], let document = includedFiles[href] else { return nil }
        return lesson(document.root, file: document.file)
      default: return nil
      }
    }
  }

  private mutating func lesson(_ element: XMLElement, file: String) -> Lesson? {
    guard let id = element[attribute: "id"] else { return nil }
    let reference = SourceReference(file: file, element: element)
    checkUnique(id, kind: "lesson", at: reference)
    sources.record(.lesson(id), reference)
    var resourceCount = 0
    let blocks: [LessonBlock] = element.children.compactMap { child in
      switch child.name {
      case "section":
        return .section(
          heading: child.child(named: "heading")?.normalizedText ?? "", content: textBlocks(child.children))
      case "warningSigns":
        guard let category = child[attribute: "category"].flatMap(WarningSignCategory.init) else { return nil }
        return .warningSigns(category: category, signs: child.children(named: "sign").map(\.normalizedText))
      case "case":
        return caseScenario(child, file: file).map(LessonBlock.caseScenario)
      case "resources":
        return .resources(
          child.children(named: "resource").map { resourceElement in
            sources.record(
              .resource(lesson: id, index: resourceCount), SourceReference(file: file, element: resourceElement))
            resourceCount += 1
            return resource(resourceElement)
          })
      default:
        return nil
      }
    }
    return Lesson(
      id: id,
      title: element.child(named: "title")?.normalizedText ?? "",
      minutes: element[attribute: "minutes"].flatMap(ExactDecimal.integer) ?? 0,
      objectiveIDs: ids(element[attribute: "objectives"]),
      blocks: blocks)
  }

  private func textBlocks(_ elements: [XMLElement]) -> [TextBlock] {
    elements.compactMap { element in
      switch element.name {
      case "p": return .paragraph(element.normalizedText)
      case "list":
        return .list(
          items: element.children(named: "item").map(\.normalizedText),
          isNumbered: flag(element, "numbered", default: false))
      default: return nil
      }
    }
  }

  private mutating func caseScenario(_ element: XMLElement, file: String) -> CaseScenario? {
    guard let id = element[attribute: "id"] else { return nil }
    checkUnique(id, kind: "case", at: SourceReference(file: file, element: element))
    return CaseScenario(
      id: id,
      setting: element[attribute: "setting"] ?? "other",
      title: element.child(named: "title")?.normalizedText ?? "",
      scenario: textBlocks(element.child(named: "scenario")?.children ?? []),
      discussion: textBlocks(element.child(named: "discussion")?.children ?? []))
  }

  private func resource(_ element: XMLElement) -> Resource {
    Resource(
      kind: element[attribute: "kind"] ?? "agency",
      name: element.child(named: "name")?.normalizedText ?? "",
      description: element.child(named: "description")?.normalizedText ?? "",
      phone: element[attribute: "phone"],
      textNumber: element[attribute: "text"],
      web: element[attribute: "web"],
      verified: element[attribute: "verified"].flatMap { CalendarDate($0.trimmedOfWhitespace()) },
      source: element[attribute: "source"])
  }
}
