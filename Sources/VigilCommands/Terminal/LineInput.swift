#if canImport(Glibc)
  import Glibc
#endif

/// The learner's answers, one line at a time, read from standard input (a terminal, or a pipe for a
/// scripted session) with a buffer of its own, so a wait for the next line can end at a deadline.
/// The end of input (Ctrl-D, a closed pipe) saves and exits like `quit`.
///
/// On a terminal only a line confirmed with Enter counts: text typed and then left with Ctrl-D is
/// dropped, as the learner never pressed Enter on it. From a pipe, a last line without a line break
/// is a line.
final class LineInput {
  /// The most bytes of one line passed on; the rest of a longer line is dropped, and the session says
  /// the line is too long.
  static let maximumBytes = 1_048_576

  /// What a wait for a line gives.
  enum Next: Equatable {
    /// A line without its line break (a final line without one too).
    case line(String)
    /// The wait's time ran out first.
    case timedOut
    /// The end of input.
    case end
  }

  /// Whether a last line without a line break is dropped: on a terminal.
  private let dropsUnfinishedLine: Bool
  private var buffer: [UInt8] = []
  /// Bytes of the line not yet ended that the buffer holds.
  private var partialLength = 0
  private var ended = false
  private var dropping = false

  /// Reads standard input.
  init() {
    dropsUnfinishedLine = isatty(0) == 1
  }

  /// The next line, however long it takes; nil at the end of input.
  func nextLine() -> String? {
    guard case .line(let line) = next() else { return nil }
    return line
  }

  /// The next line, waiting at most `milliseconds` (nil: as long as it takes).
  func next(waitingAtMost milliseconds: Int? = nil) -> Next {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[..<newline]
        buffer.removeSubrange(...newline)
        return .line(Self.text(line))
      }
      if ended {
        guard !buffer.isEmpty, !dropsUnfinishedLine else { return .end }
        defer { buffer = [] }
        return .line(Self.text(buffer[...]))
      }
      var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let timeout = milliseconds.map { Int32(clamping: max(0, $0)) } ?? -1
      let ready = poll(&descriptor, 1, timeout)
      if ready == 0 { return .timedOut }
      if ready < 0 {
        if errno == EINTR { continue }
        ended = true
        continue
      }
      read()
    }
  }

  /// Reads what is available; past the line limit, bytes are dropped up to the next line break.
  private func read() {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = Glibc.read(0, &chunk, chunk.count)
    if count < 0, errno == EINTR { return }
    guard count > 0 else {
      ended = true
      return
    }
    for byte in chunk[..<count] {
      if byte == 0x0A {
        buffer.append(byte)
        (partialLength, dropping) = (0, false)
      } else if !dropping {
        buffer.append(byte)
        partialLength += 1
        dropping = partialLength >= Self.maximumBytes
      }
    }
  }

  /// A line as text: a carriage return before the line feed removed, and bytes that are not UTF-8
  /// replaced by U+FFFD, which every prompt refuses (`UnsafeText.containsReplacementCharacter`).
  private static func text(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes, as: UTF8.self)
  }
}
