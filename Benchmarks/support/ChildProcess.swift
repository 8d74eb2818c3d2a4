import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of another program, measured from outside: its wall-clock seconds and its own peak resident
/// memory, which a figure for "memory stays flat" needs apart from the benchmark's own.
///
/// The program runs under GNU time (`/usr/bin/time -f %M`), whose report is the peak of that process
/// alone: Linux carries a parent's high-water mark into a child it spawns directly, so `wait4`'s
/// `ru_maxrss` would report at least the benchmark's own peak. Each run starts after a `sync`, so it
/// does not share the cores with the write-back of what ran before it.
public struct ChildRun {
  public var seconds: Double
  /// The process's user and system CPU seconds (more than ``seconds`` when it ran on several cores).
  public var cpuSeconds: Double
  public var peakMebibytes: Double
  public var status: Int32
  public var output: String
  public var errors: String

  /// Runs `program` with `arguments` (its output and its errors each captured in a file in `folder`, or
  /// sent to /dev/null when `discardingOutput` or `discardingErrors`) and waits for it.
  public static func run(
    _ program: String, _ arguments: [String], in folder: String, discardingOutput: Bool = false,
    discardingErrors: Bool = false
  ) throws -> ChildRun {
    let outputPath = discardingOutput ? "/dev/null" : folder + "/child-output.txt"
    let errorsPath = discardingErrors ? "/dev/null" : folder + "/child-errors.txt"
    let peakPath = folder + "/child-peak.txt"
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(
      &actions, 1, outputPath, discardingOutput ? O_WRONLY : O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(
      &actions, 2, errorsPath, discardingErrors ? O_WRONLY : O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = (["/usr/bin/time", "-f", "%U %S\n%M", "-o", peakPath, program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // The writes of whatever ran before (an earlier measurement, the generated input) reach the disk
    // first, untimed: otherwise the kernel writes them back during this run, on the same two cores.
    sync()
    var pid: pid_t = 0
    let start = monotonicSeconds()
    let spawned = posix_spawn(&pid, "/usr/bin/time", &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkError("cannot run \(program) (\(String(cString: strerror(spawned))))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let seconds = monotonicSeconds() - start
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildRun(
      seconds: seconds, cpuSeconds: cpuSeconds(peakPath), peakMebibytes: try peakKibibytes(peakPath) / 1024, status: exit,
      output: discardingOutput ? "" : (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errors: discardingErrors ? "" : (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "")
  }

  /// The last line of GNU time's report: the peak resident set in KiB.
  private static func peakKibibytes(_ path: String) throws -> Double {
    let report = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    guard let last = report.split(separator: "\n").last, let value = Double(last) else {
      throw BenchmarkError("no peak memory from /usr/bin/time (\(report.prefix(200))); install the time package")
    }
    return value
  }

  /// The next-to-last line of GNU time's report: user and system seconds, added; 0 when missing.
  private static func cpuSeconds(_ path: String) -> Double {
    let report = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let lines = report.split(separator: "\n")
    guard lines.count >= 2 else { return 0 }
    return lines[lines.count - 2].split(separator: " ").compactMap { Double($0) }.reduce(0, +)
  }

  /// Throws unless the program exited 0.
  public func succeeded(_ what: String) throws -> ChildRun {
    guard status == 0 else { throw BenchmarkError("\(what) failed (exit \(status)): \(errors.prefix(500))") }
    return self
  }
}
