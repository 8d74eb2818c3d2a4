// The licensee's session as a nurse feels it, with the release `vigil` beside this program:
//
// 1. Enter to the next screen: 1,000 scripted answers through a pipe to `vigil take` (a generated
//    course of 1,000 true/false questions, the ledger on disk, each answer committed with its bookmark
//    before the next screen is written), timed from writing the line to reading the next prompt; beside
//    it, interleaved in the same run on the same disk, one bare SQLite commit with the ledger's settings
//    (the floor). Target: p99 within 1.5x of the floor's p99.
// 2. Start-up: `vigil take` on the real course (Courses/human-trafficking-healthcare, validated on every
//    start) to its first prompt, beside `vigil --version`. Target: under 50 ms.
//
// Run: swift build -c release --scratch-path .build-release --product vigil
//      swift build -c release --scratch-path .build-release --product take-benchmark
//      .build-release/release/take-benchmark [--answers N] [--startups N]
import BenchmarkSupport
import Foundation

let options = TakeBenchmarkOptions(CommandLine.arguments.dropFirst())
let vigil = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  .appendingPathComponent("vigil").path
guard FileManager.default.isExecutableFile(atPath: vigil) else {
  print("take-benchmark: build vigil first (swift build -c release --scratch-path .build-release --product vigil)")
  exit(2)
}
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
let folder = NSTemporaryDirectory() + "vigil-take-benchmark-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

do {
  let setup = try BenchmarkHome(vigil: vigil, repository: repository, folder: folder)
  try EnterTiming.run(setup, answers: options.answers)
  try StartupTiming.run(setup, runs: options.startups)
} catch {
  print("take-benchmark: \(error)")
  exit(1)
}
