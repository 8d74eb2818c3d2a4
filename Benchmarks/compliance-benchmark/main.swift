// `vigil board compliance` for a board of 500,000 licensees, with the release `vigil` beside this program:
//
// 1. Generates a Texas BON board home through the ledger's bulk paths (one roster import of N licenses,
//    one batch import of about one completion record each, and 1,000 records of licenses not on the
//    roster), every row with its chained event, as a real board's ledger holds them.
// 2. Runs `vigil board compliance --board tx-bon --cycle-ending 2027-01-31` in each format, its output
//    sent to /dev/null, and prints each run's seconds and the process's own peak resident memory (GNU
//    time's, of that process alone) beside the targets: under 30 s and 500 MiB.
//
// Run: swift build -c release --scratch-path .build-release --product vigil
//      swift build -c release --scratch-path .build-release --product compliance-benchmark
//      .build-release/release/compliance-benchmark [--licensees N] [--keep FOLDER]
import BenchmarkSupport
import Foundation

var licensees = 500_000
var kept: String?
var remaining = CommandLine.arguments.dropFirst()
while let argument = remaining.popFirst() {
  switch argument {
  case "--licensees": licensees = max(1, remaining.popFirst().flatMap { Int($0) } ?? licensees)
  case "--keep": kept = remaining.popFirst()
  default:
    print("usage: compliance-benchmark [--licensees N] [--keep FOLDER]  (FOLDER: a home to reuse, or to keep)")
    exit(2)
  }
}

let vigil = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  .appendingPathComponent("vigil").path
guard FileManager.default.isExecutableFile(atPath: vigil) else {
  print("compliance-benchmark: build vigil first (swift build -c release --scratch-path .build-release --product vigil)")
  exit(2)
}
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
let home = kept ?? NSTemporaryDirectory() + "vigil-compliance-benchmark-\(getpid())"
defer { if kept == nil { try? FileManager.default.removeItem(atPath: home) } }
// GNU time's report and the runs' errors, beside the home rather than in it.
let runs = NSTemporaryDirectory() + "vigil-compliance-benchmark-runs-\(getpid())"
try FileManager.default.createDirectory(atPath: runs, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: runs) }

do {
  if FileManager.default.fileExists(atPath: home + "/ledger.sqlite") {
    print("reusing the board home in \(home)")
  } else {
    let (_, seconds) = try timed { try BoardGenerator.generate(home: home, licensees: licensees) }
    print("generated the board home in \(decimal(seconds, 1)) s")
  }
  for format in ["text", "csv", "json"] {
    fflush(nil)
    // Under GNU time (BenchmarkSupport's ChildRun): `wait4` would report this process's own peak, the
    // generator's, which Linux carries into the child it spawns.
    let run = try ChildRun.run(
      vigil,
      ["board", "compliance", "--board", "tx-bon", "--cycle-ending", "2027-01-31", "--format", format, "--home", home,
       "--boards", repository + "/Boards"], in: runs, discardingOutput: true)
    guard run.status == 0 else {
      throw BenchmarkError("vigil board compliance --format \(format) exited \(run.status): \(run.errors)")
    }
    print(
      "compliance, \(format):".padding(toLength: 18, withPad: " ", startingAt: 0)
        + "\(decimal(run.seconds)) s (target < 30 s), peak \(decimal(run.peakMebibytes, 1)) MiB (target < 500 MiB)"
        + (format == "csv" ? ": " + run.errors.trimmingCharacters(in: .newlines) : ""))
  }
} catch {
  print("compliance-benchmark: \(error)")
  exit(1)
}
