/// A page a board file cites: its address, how far to trust it, and what it is.
public struct BoardSource: Sendable, Hashable {
  /// How much a source can be trusted.
  public enum Kind: String, Sendable, Hashable {
    /// A board, statute or accreditor page, or its text.
    case official
    /// A vendor, association or news page.
    case secondary
  }

  /// The id rules cite.
  public var id: String
  /// The page's address.
  public var href: String
  /// Official or secondary.
  public var kind: Kind
  /// What the page is.
  public var title: String

  /// Creates a source.
  public init(id: String, href: String, kind: Kind, title: String) {
    self.id = id
    self.href = href
    self.kind = kind
    self.title = title
  }
}
