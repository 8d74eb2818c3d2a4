import BenchmarkSupport
import Foundation

/// `vigil take` on the real course to its first prompt, beside `vigil --version` to its exit.
enum StartupTiming {
  static func run(_ setup: BenchmarkHome, runs: Int) throws {
    var takeTimes: [Double] = []
    var versionTimes: [Double] = []
    for _ in 0..<runs {
      let (session, seconds) = try timed {
        let session = try PipedSession(vigil: setup.vigil, arguments: setup.take(setup.realCourse))
        try session.readScreen()
        return session
      }
      session.finish()
      takeTimes.append(seconds)
      let (version, versionSeconds) = try timed {
        let version = try PipedSession(vigil: setup.vigil, arguments: ["--version"])
        version.readToEnd()
        return version
      }
      version.finish()
      versionTimes.append(versionSeconds)
    }
    let (take, version) = (Percentiles(takeTimes), Percentiles(versionTimes))
    print(
      "start-up of vigil take: \(decimal(take.median * 1e3, 1)) ms median, \(decimal(take.p99 * 1e3, 1)) ms max "
        + "(the real course read and validated, the ledger opened, to the first prompt; target < 50 ms)")
    print(
      "vigil --version:        \(decimal(version.median * 1e3, 1)) ms median (process start to its output closed, same run)")
  }
}
