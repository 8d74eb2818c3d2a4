import VigilBase
import VigilBoards

/// One line of what the learner's own board gives for the course, computed by the engine from the
/// board's award rules and passed in.
public struct CreditLine: Sendable, Hashable {
  /// The board's name, e.g. `Texas Board of Nursing`.
  public var board: String
  /// The hours as text, e.g. `1.0`.
  public var hoursText: String
  /// What the credit counts toward, in the transcript's words.
  public var countsToward: [String]
  /// Whether the approval is a sample that earns no real credit.
  public var isSample: Bool

  /// Creates a credit line.
  public init(board: String, hoursText: String, countsToward: [String] = [], isSample: Bool = false) {
    self.board = board
    self.hoursText = hoursText
    self.countsToward = countsToward
    self.isSample = isSample
  }

  /// One line per earned credit of a board: its hours in the board's hour length and its topics.
  public init(board: String, credit: EarnedCredit, minutesPerHour: Int) {
    self.init(
      board: board, hoursText: HoursText.format(minutes: credit.minutes, minutesPerHour: minutesPerHour),
      countsToward: ["\(credit.approver) credit"] + credit.topics.sorted().map { "the \($0) requirement" },
      isSample: credit.isSample)
  }
}
