import Foundation

/// What a finished process printed and how it ended.
public struct CommandResult: Sendable {
  /// The exit status.
  public var status: Int32
  /// Standard output.
  public var output: String
  /// Standard error.
  public var error: String
  /// Wall-clock seconds the process ran.
  public var seconds: Double
}

/// Runs programs for end-to-end and interop tests.
public enum CommandRunner {
  /// The built `vigil` binary, found beside the test bundle in the build products folder.
  public static let vigilPath: String? = builtProduct("vigil")

  /// `vigil-under-test`: `vigil` with a clock the test sets through `VIGIL_TEST_CLOCK` (a file holding
  /// seconds since the epoch), built with the tests only.
  public static let vigilUnderTestPath: String? = builtProduct("vigil-under-test")

  /// A product of the build, found beside the test bundle in the build products folder.
  private static func builtProduct(_ name: String) -> String? {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      url.deleteLastPathComponent()
      let candidate = url.appendingPathComponent(name).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
    }
    return nil
  }

  /// Runs `vigil` with arguments, optional standard input and environment additions.
  public static func vigil(
    _ arguments: [String], input: String? = nil, inputBytes: [UInt8]? = nil, environment: [String: String] = [:],
    directory: String? = nil
  ) throws -> CommandResult {
    guard let vigilPath else { throw CommandRunnerError("the vigil binary was not built; run swift build first") }
    return try run(
      vigilPath, arguments, input: input, inputBytes: inputBytes, environment: environment, directory: directory)
  }

  /// Runs any program by path or by name on PATH, with `input` (or `inputBytes`, which need not be
  /// UTF-8) on its standard input.
  public static func run(
    _ program: String, _ arguments: [String], input: String? = nil, inputBytes: [UInt8]? = nil,
    environment: [String: String] = [:], directory: String? = nil
  ) throws -> CommandResult {
    let process = Process()
    if program.contains("/") {
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = arguments
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [program] + arguments
    }
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = "1"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = inputPipe
    let start = Date()
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    if let inputBytes { inputPipe.fileHandleForWriting.write(Data(inputBytes)) }
    try? inputPipe.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, or a chatty child fills a pipe and never exits.
    let errorData = ReadAll(errorPipe.fileHandleForReading)
    let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus,
      output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData.wait(), as: UTF8.self),
      seconds: Date().timeIntervalSince(start))
  }

  /// Whether a program is on PATH.
  public static func isInstalled(_ program: String) -> Bool {
    (try? run("sh", ["-c", "command -v \(program)"]))?.status == 0
  }
}

/// Reads a pipe to its end on a background thread.
private final class ReadAll: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// A test-harness failure such as a missing binary.
public struct CommandRunnerError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
