// Times `vigil validate` over 1,000 packages of the real course's size against
// `xmllint --noout --schema Schemas/course.xsd` over the same files, in one run.
//
// Usage: swift build -c release --product vigil --product validate-benchmark
//        .build/release/validate-benchmark [--packages N] [--runs N]
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
var vigilRuns: [ChildRun] = []
var xmllintRuns: [ChildRun] = []
for _ in 0..<arguments.runs {
  // Interleaved so that both tools see the same machine load and page cache.
  vigilRuns.append(try ChildRun.measure(vigil, ["validate", "--strict", corpus.root]))
  xmllintRuns.append(try ChildRun.measure("/usr/bin/xmllint", ["--noout", "--schema", schema] + corpus.files))
}
guard vigilRuns.allSatisfy({ $0.status == 0 }), xmllintRuns.allSatisfy({ $0.status == 0 }) else {
  print("error: a tool reported problems in the generated corpus (vigil \(vigilRuns.map(\.status)), xmllint \(xmllintRuns.map(\.status)))")
  exit(1)
}
let bestVigil = vigilRuns.min { $0.seconds < $1.seconds }!
let bestXmllint = xmllintRuns.min { $0.seconds < $1.seconds }!
func format(_ value: Double) -> String { String(format: "%.3f", value) }
print("vigil validate (XSD + semantic rules): best \(format(bestVigil.seconds)) s of \(arguments.runs), peak \(bestVigil.peakMebibytes) MiB")
print("xmllint --schema (XSD only):          best \(format(bestXmllint.seconds)) s of \(arguments.runs), peak \(bestXmllint.peakMebibytes) MiB")
print("ratio vigil / xmllint: \(format(bestVigil.seconds / bestXmllint.seconds))x (target <= 1.5x)")
print("per package: vigil \(format(bestVigil.seconds * 1000 / Double(arguments.packages))) ms, xmllint \(format(bestXmllint.seconds * 1000 / Double(arguments.packages))) ms")
