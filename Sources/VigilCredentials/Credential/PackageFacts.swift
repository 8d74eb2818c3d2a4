import VigilCourse

/// What a credential states from the course package that the completion's snapshot does not: the
/// provider (its postal address and numbers), the summary, the language and the pass mark.
///
/// The same for every credential of one course, so an issuer makes it once and each credential's
/// facts hold it for one retain; two that are the same object are equal without their strings being
/// compared.
public final class PackageFacts: Sendable, Hashable {
  /// The provider as the course package states it (name, web and postal address, provider numbers).
  public let provider: Provider
  /// The course's summary.
  public let summary: String
  /// The course's language (BCP 47), e.g. `en-US`.
  public let language: String
  /// The quiz's pass mark in basis points (80 % is 8000), when the course has a quiz.
  public let passBasisPoints: Int64?

  /// Creates the package's facts.
  public init(provider: Provider, summary: String, language: String, passBasisPoints: Int64?) {
    self.provider = provider
    self.summary = summary
    self.language = language
    self.passBasisPoints = passBasisPoints
  }

  public static func == (lhs: PackageFacts, rhs: PackageFacts) -> Bool {
    lhs === rhs
      || (lhs.provider == rhs.provider && lhs.summary == rhs.summary && lhs.language == rhs.language
        && lhs.passBasisPoints == rhs.passBasisPoints)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(provider)
    hasher.combine(summary)
    hasher.combine(language)
    hasher.combine(passBasisPoints)
  }
}
