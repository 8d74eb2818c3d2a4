// Loads 100,000 licensees (a learner and a license each) and 1,000,000 credits (500,000 completions with
// two credits each) into a fresh ledger with the bulk API, and in the same run imports the same rows as
// CSV with the sqlite3 shell into equivalent tables: the floor for getting rows into SQLite. Both are
// repeated (interleaved, fresh files each time) and the best of each is compared (target: the ledger
// within 3x of the shell). Then times verifying the chain, scanning every license with its credits and
// single-license lookups, and prints peak memory.
//
// Run: swift build -c release -j 2 --product ledger-benchmark && .build/release/ledger-benchmark
//      [--licensees N] [--completions-per-licensee N] [--runs N] [--saves N] [--keep]
// Then one response save against one bare SQLite commit (synchronous=FULL), and verification against one
// bare SHA-256 over the same event bodies.
import BenchmarkSupport
import Foundation
import VigilLedger

let options = BenchmarkOptions(CommandLine.arguments)
let folder = NSTemporaryDirectory() + "vigil-ledger-benchmark-\(ProcessInfo.processInfo.processIdentifier)"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { if !options.keep { try? FileManager.default.removeItem(atPath: folder) } }

let (workload, generateSeconds) = timed {
  Workload(licenseeCount: options.licensees, completionsPerLicensee: options.completionsPerLicensee, seed: 20_261_129)
}
let rowCounts = [workload.licensees.count, workload.licensees.count, workload.completions.count, workload.creditCount]
let domainRows = rowCounts.reduce(0, +)
// ledger created, a learner and a license per licensee, then per completion its event and one per credit.
let eventCount = 1 + workload.licensees.count * 2 + workload.completions.count + workload.creditCount
print(
  "workload: \(workload.licensees.count) licensees, \(workload.completions.count) completions, "
    + "\(workload.creditCount) credits (generated in \(decimal(generateSeconds)) s) in \(folder)")
try CSVExport(folder: folder).write(workload)

var ledgerRuns: [(seconds: Double, cpu: Double)] = []
var shellRuns: [Double] = []
var ledger: Ledger?
var licenseKeys: [LicenseKey] = []
for run in 1...options.runs {
  // The ledger, with the bulk API: one transaction, prepared statements, every row checked and chained.
  let path = folder + "/ledger-\(run).sqlite"
  let fresh = try Ledger(path: path)
  let cpuBefore = cpuSeconds()
  let (keys, seconds) = try timed { try LedgerLoad.load(workload, into: fresh) }
  ledgerRuns.append((seconds, cpuSeconds() - cpuBefore))
  // The floor: the sqlite3 shell importing the same rows as CSV.
  shellRuns.append(try SQLiteShellImport(folder: folder).run(schemaFrom: path, expectedCounts: rowCounts, run: run))
  print(
    "run \(run): ledger \(decimal(seconds)) s (\(decimal(ledgerRuns[run - 1].cpu)) s CPU), "
      + "sqlite3 \(decimal(shellRuns[run - 1])) s")
  if run < options.runs {
    try fresh.close()
    try? FileManager.default.removeItem(atPath: path)
  } else {
    ledger = fresh
    licenseKeys = keys
  }
}
guard let ledger, let best = ledgerRuns.min(by: { $0.seconds < $1.seconds }), let floor = shellRuns.min() else {
  throw BenchmarkError("no run finished")
}
print(
  "ledger bulk load:      \(decimal(best.seconds)) s, \(rate(domainRows, best.seconds)) rows/s "
    + "(\(domainRows) rows + \(eventCount) chained events, \(rate(domainRows + eventCount, best.seconds)) rows/s "
    + "with events; best of \(options.runs))")
print(
  "sqlite3 shell .import: \(decimal(floor)) s, \(rate(domainRows, floor)) rows/s (\(domainRows) rows; "
    + "best of \(options.runs))")
print("ratio ledger / sqlite3: \(decimal(best.seconds / floor))x (target <= 3x)")

let (report, verifySeconds) = try timed { try ledger.verify() }
guard report.isIntact, report.eventCount == eventCount else {
  throw BenchmarkError(
    "the loaded ledger does not verify: \(report.problem?.description ?? "\(report.eventCount) events")")
}
print(
  "ledger verify:         \(decimal(verifySeconds)) s for \(report.eventCount) events and \(report.recordCount) rows, "
    + "\(rate(report.eventCount, verifySeconds)) events/s")
let (floorSeconds, hashedBytes) = try VerificationFloor.seconds(path: ledger.path)
print(
  "bare SHA-256:          \(decimal(floorSeconds)) s over the same \(hashedBytes) bytes of event bodies, "
    + "\(rate(report.eventCount, floorSeconds)) events/s; verify / hash \(decimal(verifySeconds / floorSeconds))x")
try ResponseSaveTiming.run(folder: folder, saves: options.saves)

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
try ComplianceTiming.run(ledger, licenses: licenseKeys, boardsFolder: repository + "/Boards")

print("peak memory (ru_maxrss): \(decimal(peakMebibytes(), 1)) MiB")
