import BenchmarkSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a program with its standard output sent to /dev/null and its standard error to a file:
/// its wall-clock seconds, its own peak resident memory (`wait4`'s `ru_maxrss`, the child's alone) and
/// what it wrote to standard error.
struct ChildRun {
  var status: Int32
  var seconds: Double
  var peakMebibytes: Double
  var standardError: String

  static func run(_ program: String, _ arguments: [String]) throws -> ChildRun {
    let errorFile = NSTemporaryDirectory() + "compliance-benchmark-\(getpid()).stderr"
    defer { unlink(errorFile) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Date()
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkError("cannot start \(program): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchmarkError("waiting for \(program) failed") }
    }
    let seconds = Date().timeIntervalSince(start)
    return ChildRun(
      status: (status >> 8) & 0xFF, seconds: seconds, peakMebibytes: Double(usage.ru_maxrss) / 1024,
      standardError: (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? "")
  }
}
