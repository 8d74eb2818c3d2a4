import Foundation

/// A program run with its input kept open, driven a line at a time: the test writes a line, waits
/// until the output shows what it expects, and can kill the process at that moment.
public final class LiveProcess: @unchecked Sendable {
  /// The running process.
  public let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  /// Everything the process printed so far.
  public private(set) var transcript = ""
  private var consumed: String.Index

  /// Starts `program` with `arguments`; `NO_COLOR` is set unless `environment` says otherwise.
  public init(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws {
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = "1"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    consumed = transcript.startIndex
    try process.run()
  }

  /// Writes one line (a line break is added).
  public func send(_ line: String) {
    input.fileHandleForWriting.write(Data((line + "\n").utf8))
  }

  /// Reads until the output since the last wait contains `marker` and returns that output; throws
  /// when the process ends first.
  @discardableResult
  public func wait(for marker: String) throws -> String {
    while true {
      let fresh = transcript[consumed...]
      if fresh.contains(marker) {
        consumed = transcript.endIndex
        return String(fresh)
      }
      let chunk = output.fileHandleForReading.availableData
      guard !chunk.isEmpty else {
        throw CommandRunnerError("the process ended before printing \(marker.debugDescription); it printed: \(fresh)")
      }
      transcript += String(decoding: chunk, as: UTF8.self)
    }
  }

  /// Sends SIGKILL and waits for the process to end.
  public func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// Closes the input (end of input) unless told otherwise, waits for the process to end, and returns
  /// the rest of its output.
  public func finish(closingInput: Bool = true) -> String {
    if closingInput { try? input.fileHandleForWriting.close() }
    transcript += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let rest = String(transcript[consumed...])
    consumed = transcript.endIndex
    return rest
  }

  deinit {
    if process.isRunning { kill() }
  }
}
