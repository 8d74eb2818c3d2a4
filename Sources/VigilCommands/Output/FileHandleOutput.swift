#if canImport(Glibc)
  import Glibc
#endif

/// Writes text to standard output or standard error without buffering surprises; a write that fails
/// (a full disk, a closed pipe) is an error, never a silent success.
struct FileHandleOutput {
  let descriptor: Int32

  static let standardOutput = FileHandleOutput(descriptor: 1)
  static let standardError = FileHandleOutput(descriptor: 2)

  /// Writes the text as UTF-8.
  ///
  /// - Throws: ``CommandError`` with code `outputFailed` when the text cannot be written in full.
  func write(_ text: String) throws(CommandError) {
    var remaining = Array(text.utf8)[...]
    while !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        let reason = written < 0 ? String(cString: strerror(errno)) : "nothing was written"
        let name = descriptor == 1 ? "standard output" : descriptor == 2 ? "standard error" : "the output"
        throw CommandError(.outputFailed, "cannot write to \(name) (\(reason)); check the disk or where the output goes")
      }
      remaining = remaining.dropFirst(written)
    }
  }

  /// Whether the output is a terminal that may show colours: never when `NO_COLOR` is set to a
  /// non-empty value or `TERM` is `dumb`.
  var allowsColor: Bool {
    guard isatty(descriptor) == 1 else { return false }
    if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return true
  }
}
