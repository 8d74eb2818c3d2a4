import VigilBase
import VigilCourse

/// `board-review-due` (warning): board rules change often, so a file not reviewed for over a year is flagged.
struct BoardReviewRule: BoardRule {
  let id = RuleID.boardReviewDue
  /// Days after the review date from which the file is flagged.
  static let reviewIntervalDays = 365

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    guard let today = context.today, let text = document.root[attribute: "reviewed"],
      let reviewed = CalendarDate(text.trimmedOfWhitespace()),
      today.daysSinceEpoch - reviewed.daysSinceEpoch > Self.reviewIntervalDays
    else { return [] }
    return [
      document.diagnostic(
        id,
        "the rules were last reviewed on \(reviewed), over a year ago; re-check each rule against its source "
          + "and update reviewed",
        at: document.root, attribute: "reviewed", severity: .warning)
    ]
  }
}
