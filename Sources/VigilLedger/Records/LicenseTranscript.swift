import VigilBoards

/// A license with its holder and its credits, read in one transaction: what a transcript or a board's
/// compliance report needs, never mixing two states of the ledger.
public struct LicenseTranscript: Sendable, Hashable {
  /// The license holder.
  public var learner: Learner
  /// The license.
  public var license: License
  /// Its credits, by completion day, then in the order recorded; each one's minutes checked on reading.
  public var credits: [EarnedCredit]
  /// The credits' total minutes, summed without overflow.
  public var totalMinutes: Int

  /// Creates a transcript value.
  public init(learner: Learner, license: License, credits: [EarnedCredit], totalMinutes: Int) {
    self.learner = learner
    self.license = license
    self.credits = credits
    self.totalMinutes = totalMinutes
  }
}

/// A learner with every license and each license's credits, read in one transaction.
public struct LearnerSheet: Sendable, Hashable {
  /// The learner.
  public var learner: Learner
  /// Each license (by key) with its credits.
  public var licenses: [LicenseTranscript]
  /// Extra time on timed quizzes as an accommodation, as a percentage of the time limit (0 without).
  public var extraTimePercent: Int

  /// Creates a sheet.
  public init(learner: Learner, licenses: [LicenseTranscript], extraTimePercent: Int = 0) {
    self.learner = learner
    self.licenses = licenses
    self.extraTimePercent = extraTimePercent
  }
}
