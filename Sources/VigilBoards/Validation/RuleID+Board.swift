import VigilBase

extension RuleID {
  /// A board file cannot be found, or a folder holds none.
  public static let boardMissing = RuleID("board-missing", fileLevel: true)
  /// A board file's name is not its board id.
  public static let boardFileName = RuleID("board-file-name")
  /// Two things in a board file share an id.
  public static let boardDuplicateID = RuleID("board-duplicate-id")
  /// A board file refers to an id it does not define.
  public static let boardUnresolvedReference = RuleID("board-unresolved-reference")
  /// A requirement's frequency does not fit its cycle.
  public static let boardFrequency = RuleID("board-frequency")
  /// Hours are negative or not whole minutes, or a subtotal asks for more than its total.
  public static let boardHours = RuleID("board-hours")
  /// A requirement keeps its proof both for some years and indefinitely.
  public static let boardRetention = RuleID("board-retention")
  /// A cycle is malformed.
  public static let boardCycle = RuleID("board-cycle")
  /// A rounding increment does not fit the unit.
  public static let boardRounding = RuleID("board-rounding")
  /// The CE Broker codes name a license type or topic twice, or a license type the board does not issue.
  public static let boardReporting = RuleID("board-reporting")
  /// A board file has not been reviewed for a year.
  public static let boardReviewDue = RuleID("board-review-due")

  /// Every `board-*` rule id, in the order the README lists them.
  public static let boardRules: [RuleID] = [
    .boardMissing, .boardFileName, .boardDuplicateID, .boardUnresolvedReference, .boardFrequency, .boardHours,
    .boardRetention, .boardCycle, .boardRounding, .boardReporting, .boardReviewDue,
  ]
}
