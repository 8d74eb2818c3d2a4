import VigilCourse

/// A lesson split into pages of about ``linesPerPage`` lines at 80 columns, so page numbers do not
/// depend on the learner's terminal width (they are recorded in the ledger).
public struct LessonPages: Sendable, Hashable {
  /// The most lines a page holds, as measured at ``measureWidth`` columns.
  public static let linesPerPage = 20
  /// The width pages are measured at.
  public static let measureWidth = 76

  /// The pages, each its lines in reading order (at least one page).
  public let pages: [[ScreenLine]]

  /// Splits a lesson into pages; a heading never ends a page.
  public init(_ lesson: Lesson) {
    let lines = Self.lines(of: lesson)
    var pages: [[ScreenLine]] = []
    var page: [ScreenLine] = []
    var height = 0
    for line in lines {
      let lineHeight = Self.height(of: line)
      if height + lineHeight > Self.linesPerPage, page.contains(where: { $0.role != .blank && $0.role != .heading }) {
        var carried: [ScreenLine] = []
        while let last = page.last, last.role == .heading || last.role == .blank {
          carried.insert(page.removeLast(), at: 0)
        }
        pages.append(page)
        page = carried.filter { $0.role != .blank }
        height = page.reduce(0) { $0 + Self.height(of: $1) }
      }
      if line.role == .blank, page.isEmpty || page.last?.role == .blank { continue }
      page.append(line)
      height += lineHeight
    }
    while page.last?.role == .blank { page.removeLast() }
    if !page.isEmpty || pages.isEmpty { pages.append(page) }
    self.pages = pages
  }

  /// Rows a line takes at the measuring width.
  private static func height(of line: ScreenLine) -> Int {
    guard line.role != .blank else { return 1 }
    let label = line.label.isEmpty ? 0 : DisplayWidth.of(line.label) + 1
    return TextWrap.lines(line.text, width: measureWidth - line.indent - label).count
  }

  /// A lesson's content as screen lines.
  static func lines(of lesson: Lesson) -> [ScreenLine] {
    var lines: [ScreenLine] = []
    for block in lesson.blocks {
      switch block {
      case .section(let heading, let content):
        lines.append(ScreenLine(.heading, heading))
        for item in content { lines += Self.lines(of: item) }
      case .warningSigns(let category, let signs):
        lines.append(ScreenLine(.heading, "Warning signs: \(category.title)"))
        lines += signs.map { ScreenLine(.item, $0, label: "-", indent: 2) }
      case .caseScenario(let scenario):
        lines.append(ScreenLine(.heading, "Case: \(scenario.title)"))
        for item in scenario.scenario { lines += Self.lines(of: item) }
        lines.append(ScreenLine(.heading, "Discussion"))
        for item in scenario.discussion { lines += Self.lines(of: item) }
      case .resources(let resources):
        lines.append(ScreenLine(.heading, "Resources"))
        for resource in resources {
          var text = "\(resource.name): \(resource.description)"
          if let phone = resource.phone { text += " Phone \(phone)." }
          if let textNumber = resource.textNumber { text += " Text \(textNumber)." }
          if let web = resource.web { text += " Web \(web)." }
          lines.append(ScreenLine(.item, text, label: "-", indent: 2))
        }
      }
      lines.append(.blank)
    }
    return lines
  }

  /// A paragraph or a list as lines.
  private static func lines(of block: TextBlock) -> [ScreenLine] {
    switch block {
    case .paragraph(let text):
      return [ScreenLine(.text, text), .blank]
    case .list(let items, let isNumbered):
      return items.enumerated().map { index, item in
        ScreenLine(.item, item, label: isNumbered ? "\(index + 1)." : "-", indent: 2)
      } + [.blank]
    }
  }
}
