#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file line by line (LF, or CRLF) in fixed memory: each line's bytes and number, a line over
/// the limit or of invalid UTF-8 refused with its number.
struct LineReader {
  /// One line, without its line ending.
  struct Line {
    var number: Int
    var bytes: ArraySlice<UInt8>
  }

  let path: String
  let maximumLineBytes: Int
  private let file: ReadFile
  private let observer: ((UnsafeRawBufferPointer) -> Void)?
  private var buffer: [UInt8] = []
  private var start = 0
  private var number = 0
  private var atEnd = false

  /// Opens `path`; `observer` sees every chunk of it as it is read, in order.
  init(path: String, maximumLineBytes: Int, observer: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(ExchangeError) {
    self.path = path
    self.maximumLineBytes = maximumLineBytes
    self.observer = observer
    file = try ReadFile(path: path)
  }

  /// The next line, or nil at the end.
  mutating func next() throws(ExchangeError) -> Line? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        number += 1
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = buffer[start..<end]
        start = newline + 1
        try check(line)
        return Line(number: number, bytes: line)
      }
      if buffer.count - start > maximumLineBytes {
        throw ExchangeError(.malformed, "\(path):\(number + 1): the line is longer than the \(maximumLineBytes) bytes a line may be")
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        number += 1
        let line = buffer[start...]
        start = buffer.count
        try check(line)
        return Line(number: number, bytes: line)
      }
      buffer.removeFirst(start)
      start = 0
      let read = buffer.count
      atEnd = try !file.read(into: &buffer)
      if let observer, buffer.count > read { buffer[read...].withUnsafeBytes(observer) }
    }
  }

  private func check(_ line: ArraySlice<UInt8>) throws(ExchangeError) {
    guard line.count <= maximumLineBytes else {
      throw ExchangeError(.malformed, "\(path):\(number): the line is longer than the \(maximumLineBytes) bytes a line may be")
    }
    guard String(validating: line, as: UTF8.self) != nil else {
      throw ExchangeError(.malformed, "\(path):\(number): the line is not valid UTF-8")
    }
  }
}
