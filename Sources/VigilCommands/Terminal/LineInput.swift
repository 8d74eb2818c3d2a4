/// The learner's answers, one line at a time: from a terminal, or from a pipe for a scripted session.
/// Nil at the end of input (Ctrl-D, a closed pipe), which saves and exits like `quit`.
enum LineInput {
  /// The most bytes of one line passed on; longer lines are cut here, and the session says so.
  static let maximumBytes = 1_048_576

  /// The next line without its line break, or nil at the end of input.
  static func next() -> String? {
    guard let line = readLine(strippingNewline: true) else { return nil }
    guard line.utf8.count > maximumBytes else { return line }
    return String(decoding: line.utf8.prefix(maximumBytes), as: UTF8.self)
  }
}
