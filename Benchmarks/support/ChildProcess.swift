import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of another program, measured from outside: its wall-clock seconds and its own peak resident
/// memory (the child's `ru_maxrss` from `wait4`), which a figure for "memory stays flat" needs apart
/// from the benchmark's own.
public struct ChildRun {
  public var seconds: Double
  public var peakMebibytes: Double
  public var status: Int32
  public var output: String
  public var errors: String

  /// Runs `program` with `arguments` (output and errors captured in files) and waits for it.
  public static func run(_ program: String, _ arguments: [String], in folder: String) throws -> ChildRun {
    let outputPath = folder + "/child-output.txt"
    let errorsPath = folder + "/child-errors.txt"
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = monotonicSeconds()
    let spawned = posix_spawnp(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkError("cannot run \(program) (\(String(cString: strerror(spawned))))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = monotonicSeconds() - start
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildRun(
      seconds: seconds, peakMebibytes: Double(usage.ru_maxrss) / 1024, status: exit,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "")
  }

  /// Throws unless the program exited 0.
  public func succeeded(_ what: String) throws -> ChildRun {
    guard status == 0 else { throw BenchmarkError("\(what) failed (exit \(status)): \(errors.prefix(500))") }
    return self
  }
}
