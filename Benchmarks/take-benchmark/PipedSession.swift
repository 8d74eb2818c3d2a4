import BenchmarkSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `vigil take` with its input and output on pipes, read with read(2) so the timing is the session's.
final class PipedSession {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var pending: [UInt8] = []

  init(vigil: String, arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: vigil)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["COLUMNS"] = "80"
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    try process.run()
  }

  /// Writes a line.
  func send(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(input.fileHandleForWriting.fileDescriptor, $0.baseAddress, $0.count) }
  }

  /// Reads up to and including the next prompt ("\n> "), returning the screen before it.
  @discardableResult
  func readScreen() throws -> String {
    let prompt: [UInt8] = Array("\n> ".utf8)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      if let end = find(prompt, in: pending) {
        let screen = String(decoding: pending[..<end], as: UTF8.self)
        pending.removeFirst(end + prompt.count)
        return screen
      }
      let count = read(output.fileHandleForReading.fileDescriptor, &buffer, buffer.count)
      guard count > 0 else { throw BenchmarkError("vigil take ended early: \(String(decoding: pending, as: UTF8.self).suffix(400))") }
      pending += buffer[..<count]
    }
  }

  /// Reads until the process closes its output (it has exited).
  func readToEnd() {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while read(output.fileHandleForReading.fileDescriptor, &buffer, buffer.count) > 0 {}
  }

  /// Closes the input (which saves and exits) and waits.
  func finish() {
    try? input.fileHandleForWriting.close()
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
  }

  private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if Array(haystack[start..<start + needle.count]) == needle { return start }
    }
    return nil
  }
}
