import VigilBase

/// What the ``MarkupScanner`` found in a file it lets through to libxml2: where each start tag and
/// attribute is, and the issues that do not stop parsing (control characters), at most a limit of them.
struct MarkupScan {
  /// The start tags in document order.
  var elements: [ScannedElement] = []
  /// The issues found, the first `issueLimit` of them, then one that counts the rest.
  private(set) var issues: [XMLIssue] = []
  private let issueLimit: Int
  private var unlisted = 0
  private var firstUnlisted = SourceLocation.start

  init(issueLimit: Int) {
    self.issueLimit = max(issueLimit, 1)
  }

  /// Records an issue, or counts it when the limit is reached.
  mutating func record(_ issue: XMLIssue) {
    guard issues.count < issueLimit else {
      if unlisted == 0 { firstUnlisted = issue.location }
      unlisted += 1
      return
    }
    issues.append(issue)
  }

  /// Adds the issue that counts the unlisted ones.
  mutating func finish() {
    guard unlisted > 0 else { return }
    issues.append(
      XMLIssue(
        .controlCharacter,
        "\(unlisted) more control or bidirectional characters from here on (only the first \(issueLimit) are listed)",
        at: firstUnlisted))
    unlisted = 0
  }
}
