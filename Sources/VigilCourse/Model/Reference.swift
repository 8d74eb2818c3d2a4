import VigilBase

/// One entry of a course's bibliography: a source its facts come from.
public struct Reference: Sendable, Hashable {
  /// The citation as written (author, title, publisher, year).
  public var citation: String
  /// Where the source can be read.
  public var web: String?
  /// The day the source was last checked.
  public var checked: CalendarDate

  /// Creates a reference.
  public init(citation: String, web: String? = nil, checked: CalendarDate) {
    self.citation = citation
    self.web = web
    self.checked = checked
  }

  /// The reference as one line: the citation, its address and when it was checked.
  public var outlineLine: String {
    "  - \(citation)" + (web.map { " \($0)" } ?? "") + " (checked \(checked))"
  }
}
