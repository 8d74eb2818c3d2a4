#if canImport(Glibc)
  import Glibc
#endif

/// Writes text to standard output or standard error without buffering surprises.
struct FileHandleOutput {
  let descriptor: Int32

  static let standardOutput = FileHandleOutput(descriptor: 1)
  static let standardError = FileHandleOutput(descriptor: 2)

  /// Writes the text as UTF-8.
  func write(_ text: String) {
    var remaining = Array(text.utf8)[...]
    while !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      remaining = remaining.dropFirst(written)
    }
  }

  /// Whether the output is a terminal that may show colours (never when `NO_COLOR` is set).
  var allowsColor: Bool {
    isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
  }
}
