import VigilBase

/// One lesson: titled sections of text, warning-sign groups, case scenarios and resources.
public struct Lesson: Sendable, Hashable {
  /// The lesson's id.
  public var id: String
  /// The lesson title.
  public var title: String
  /// Estimated minutes a learner needs.
  public var minutes: Int
  /// The ids of the objectives the lesson serves.
  public var objectiveIDs: [String]
  /// The lesson's content in order.
  public var blocks: [LessonBlock]

  /// Creates a lesson.
  public init(id: String, title: String, minutes: Int, objectiveIDs: [String] = [], blocks: [LessonBlock] = []) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.objectiveIDs = objectiveIDs
    self.blocks = blocks
  }

  /// The number of words in the lesson (title and all content), split at white space.
  public var wordCount: Int {
    ([title] + blocks.flatMap(\.texts)).reduce(0) { $0 + Self.words(in: $1) }
  }

  /// The reading time at a given speed, in minutes (fractional).
  public func readingMinutes(wordsPerMinute: Double = 200) -> Double {
    Double(wordCount) / wordsPerMinute
  }

  /// Words are runs of characters between ASCII white space, counted on UTF-8 bytes.
  private static func words(in text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var inWord = false
      for byte in bytes {
        let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        if !isSpace && !inWord { count += 1 }
        inWord = !isSpace
      }
      return count
    }
  }
}

/// A block of lesson content.
public enum LessonBlock: Sendable, Hashable {
  /// A titled section of paragraphs and lists.
  case section(heading: String, content: [TextBlock])
  /// A group of warning signs of one category.
  case warningSigns(category: WarningSignCategory, signs: [String])
  /// A case scenario with its discussion.
  case caseScenario(CaseScenario)
  /// Hotlines, agencies and programmes.
  case resources([Resource])

  /// All text of the block, for word counts and search.
  public var texts: [String] {
    switch self {
    case .section(let heading, let content): return [heading] + content.flatMap(\.texts)
    case .warningSigns(_, let signs): return signs
    case .caseScenario(let scenario):
      return [scenario.title] + scenario.scenario.flatMap(\.texts) + scenario.discussion.flatMap(\.texts)
    case .resources(let resources): return resources.flatMap { [$0.name, $0.description] }
    }
  }
}

/// A paragraph or a list.
public enum TextBlock: Sendable, Hashable {
  /// A paragraph.
  case paragraph(String)
  /// A list of items, numbered or bulleted.
  case list(items: [String], isNumbered: Bool)

  /// All text of the block.
  public var texts: [String] {
    switch self {
    case .paragraph(let text): return [text]
    case .list(let items, _): return items
    }
  }
}

/// The categories warning signs are grouped in.
public enum WarningSignCategory: String, Sendable, Hashable, CaseIterable {
  /// Injuries and clinical findings.
  case physical
  /// How the patient and companion behave.
  case behavioural
  /// Who controls the patient, their money and documents.
  case controlAndDocuments = "control-and-documents"
  /// Signs of forced labour.
  case labour

  /// The category as a heading.
  public var title: String {
    switch self {
    case .physical: return "Physical signs"
    case .behavioural: return "Behavioural signs"
    case .controlAndDocuments: return "Control and documents"
    case .labour: return "Labour trafficking signs"
    }
  }
}

/// A case scenario with a discussion of what to notice and do.
public struct CaseScenario: Sendable, Hashable {
  /// The case's id.
  public var id: String
  /// Where it takes place, e.g. `emergency-department`.
  public var setting: String
  /// The title.
  public var title: String
  /// What happens.
  public var scenario: [TextBlock]
  /// What to notice and how to respond.
  public var discussion: [TextBlock]

  /// Creates a case scenario.
  public init(id: String, setting: String, title: String, scenario: [TextBlock], discussion: [TextBlock]) {
    self.id = id
    self.setting = setting
    self.title = title
    self.scenario = scenario
    self.discussion = discussion
  }
}

/// A hotline, agency or programme.
public struct Resource: Sendable, Hashable {
  /// `hotline`, `agency`, `programme` or `reading`.
  public var kind: String
  /// The resource's name.
  public var name: String
  /// What it offers.
  public var description: String
  /// A phone number.
  public var phone: String?
  /// A number to text.
  public var textNumber: String?
  /// A web address.
  public var web: String?
  /// The day its facts were last checked against ``source``.
  public var verified: CalendarDate?
  /// Where its facts were checked.
  public var source: String?

  /// Creates a resource.
  public init(
    kind: String, name: String, description: String, phone: String? = nil, textNumber: String? = nil,
    web: String? = nil, verified: CalendarDate? = nil, source: String? = nil
  ) {
    self.kind = kind
    self.name = name
    self.description = description
    self.phone = phone
    self.textNumber = textNumber
    self.web = web
    self.verified = verified
    self.source = source
  }
}
