// Times `vigil validate` over 1,000 packages of the real course's size against
// `xmllint --noout --schema Schemas/course.xsd` over the same files, in one run.
//
// Each run's peak memory is measured under GNU time (/usr/bin/time, Debian's `time`).
//
// Usage: swift build -c release --product vigil --product validate-benchmark
//        .build/release/validate-benchmark [--packages N] [--runs N]
import BenchmarkSupport
import Foundation

let arguments = BenchmarkArguments(CommandLine.arguments)
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
let vigil = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil").path
guard FileManager.default.isExecutableFile(atPath: vigil) else {
  print("error: build vigil next to this benchmark first: swift build -c release --product vigil")
  exit(2)
}

let corpus = try Corpus.generate(
  from: repository + "/Courses/human-trafficking-healthcare", count: arguments.packages)
defer { corpus.remove() }
print("corpus: \(arguments.packages) packages, \(corpus.files.count) files, \(corpus.megabytes) MB in \(corpus.root)")

let schema = repository + "/Schemas/course.xsd"
// GNU time's reports, beside the corpus (each run's peak is its own: see BenchmarkSupport's ChildRun).
let runFolder = corpus.root + "-runs"
try FileManager.default.createDirectory(atPath: runFolder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: runFolder) }
func measure(_ program: String, _ arguments: [String]) throws -> ChildRun {
  try ChildRun.run(program, arguments, in: runFolder, discardingOutput: true, discardingErrors: true)
}
var vigilRuns: [ChildRun] = []
var singleRuns: [ChildRun] = []
var xmllintRuns: [ChildRun] = []
for _ in 0..<arguments.runs {
  // Interleaved so that all see the same machine load and page cache.
  vigilRuns.append(try measure(vigil, ["validate", "--strict", corpus.root]))
  singleRuns.append(try measure(vigil, ["validate", "--strict", "--jobs", "1", corpus.root]))
  xmllintRuns.append(try measure("/usr/bin/xmllint", ["--noout", "--schema", schema] + corpus.files))
}
guard (vigilRuns + singleRuns + xmllintRuns).allSatisfy({ $0.status == 0 }) else {
  print("error: a tool reported problems in the generated corpus")
  exit(1)
}
func best(_ runs: [ChildRun]) -> ChildRun { runs.min { $0.seconds < $1.seconds } ?? runs[0] }
func format(_ value: Double) -> String { String(format: "%.3f", value) }
let (all, single, xmllint) = (best(vigilRuns), best(singleRuns), best(xmllintRuns))
let cores = ProcessInfo.processInfo.activeProcessorCount
print("vigil validate, \(cores) workers (XSD + semantic rules): best \(format(all.seconds)) s, \(format(all.cpuSeconds)) s CPU, peak \(decimal(all.peakMebibytes, 1)) MiB")
print("vigil validate --jobs 1:                   best \(format(single.seconds)) s, \(format(single.cpuSeconds)) s CPU, peak \(decimal(single.peakMebibytes, 1)) MiB")
print("xmllint --noout --schema (XSD only):       best \(format(xmllint.seconds)) s, \(format(xmllint.cpuSeconds)) s CPU, peak \(decimal(xmllint.peakMebibytes, 1)) MiB")
print("ratio vigil / xmllint, wall clock: \(format(all.seconds / xmllint.seconds))x (target <= 1.5x); one worker: \(format(single.seconds / xmllint.seconds))x; CPU: \(format(single.cpuSeconds / xmllint.cpuSeconds))x")
print("per package: vigil \(format(all.seconds * 1000 / Double(arguments.packages))) ms, xmllint \(format(xmllint.seconds * 1000 / Double(arguments.packages))) ms (best of \(arguments.runs))")
