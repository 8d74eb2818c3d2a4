extension StringProtocol {
  /// The text without leading and trailing white space (Unicode White_Space, newlines included).
  func trimmedOfWhitespace() -> SubSequence {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return self[endIndex...] }
    return self[first...last]
  }
}
