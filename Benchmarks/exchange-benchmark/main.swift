// Exports 1,000,000 completion records from a provider's ledger as CSV and as an XML batch with the
// built `vigil`, then imports each into a board's own home, printing records per second and each
// process's peak memory, beside the floors measured in the same run: the sqlite3 shell's `.import` of
// the same CSV into an equivalent table, `xmllint --stream --noout --schema` over the same batch, and
// one bare SHA-256 over the batch's bytes beside the batch's signature check. A last floor is what the
// ledger's design writes: the imported rows and events copied into an empty ledger by the sqlite3 shell.
//
// Targets (issue 12): CSV import, verification included, within 3x of the sqlite3 shell's .import; XML
// import within 2x of xmllint --stream; export and import memory under 100 MiB at 1,000,000 records.
//
// Run: swift build -c release --scratch-path .build-release --product vigil --product exchange-benchmark
//      && .build-release/release/exchange-benchmark [--records N] [--keep]
import BenchmarkSupport
import Crypto
import Foundation
import VigilSigning

var records = 1_000_000
var keep = false
var arguments = CommandLine.arguments.dropFirst()[...]
while let argument = arguments.popFirst() {
  switch argument {
  case "--records": records = arguments.popFirst().flatMap { Int($0) } ?? records
  case "--keep": keep = true
  default:
    print("usage: exchange-benchmark [--records N] [--keep]")
    exit(2)
  }
}

let binaryFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let vigil = binaryFolder.appendingPathComponent("vigil").path
guard FileManager.default.isExecutableFile(atPath: vigil) else {
  throw BenchmarkError("no vigil beside the benchmark at \(vigil); build it with --product vigil")
}
var repository = binaryFolder
while !FileManager.default.fileExists(atPath: repository.appendingPathComponent("Schemas/completion-batch.xsd").path) {
  guard repository.path != "/" else { throw BenchmarkError("cannot find the repository's Schemas/ above \(binaryFolder.path)") }
  repository.deleteLastPathComponent()
}
let boards = repository.appendingPathComponent("Boards").path
let schema = repository.appendingPathComponent("Schemas/completion-batch.xsd").path

let folder = NSTemporaryDirectory() + "vigil-exchange-benchmark-\(ProcessInfo.processInfo.processIdentifier)"
let provider = folder + "/provider"
try FileManager.default.createDirectory(atPath: provider, withIntermediateDirectories: true)
defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }

let (_, generateSeconds) = try timed { try ProviderHome.make(at: provider, records: records) }
print("provider ledger: \(records) records (completions with one credit each) made in \(decimal(generateSeconds)) s in \(folder)")

@MainActor func line(_ label: String, _ run: ChildRun) {
  print(
    "  \(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(decimal(run.seconds)) s  "
      + "\(rate(records, run.seconds)) records/s  peak \(decimal(run.peakMebibytes, 1)) MiB  "
      + "(\(decimal(run.cpuSeconds)) s of CPU)")
}

// Export.
print("export (vigil export, one process each):")
var batches: [String: String] = [:]
for format in ["csv", "xml"] {
  let out = folder + "/batch.\(format)"
  let run = try ChildRun.run(
    vigil, ["export", "--home", provider, "--boards", boards, "--board", "tx-bon", "--format", format, "--out", out],
    in: folder
  ).succeeded("vigil export --format \(format)")
  line(format, run)
  batches[format] = out
}
let csvPath = batches["csv"]!
let xmlPath = batches["xml"]!
let xmlBytes = (try FileManager.default.attributesOfItem(atPath: xmlPath)[.size] as? Int) ?? 0
print("  (the XML batch is \(decimal(Double(xmlBytes) / 1_048_576, 1)) MiB)")

// The signature check beside one bare SHA-256 over the same bytes.
let keys = try SigningKeyStore(homePath: provider).publicKeySet()
let token = try String(contentsOfFile: xmlPath + ".jws", encoding: .utf8)
let data = try Data(contentsOf: URL(fileURLWithPath: xmlPath))
let (_, bareSeconds) = timed { data.withUnsafeBytes { _ = SHA256.hash(data: $0) } }
let (_, verifySeconds) = try timed {
  var verifier = try DetachedJWSVerifier(token: token, keys: keys, expectedType: "vigil-batch+jws")
  data.withUnsafeBytes { verifier.update($0) }
  try verifier.verify()
}
print(
  "signature check of the XML batch: \(decimal(verifySeconds * 1000, 1)) ms; one bare SHA-256 over the same "
    + "bytes: \(decimal(bareSeconds * 1000, 1)) ms (\(decimal(verifySeconds / bareSeconds))x)")

// Import into board homes.
print("import (vigil board import into a fresh board home each):")
var imports: [String: ChildRun] = [:]
for format in ["csv", "xml"] {
  let board = folder + "/board-\(format)"
  try FileManager.default.createDirectory(atPath: board, withIntermediateDirectories: true)
  let jwks = folder + "/provider.jwks"
  _ = try ChildRun.run(vigil, ["keys", "export", "--home", provider, "--out", jwks], in: folder).succeeded("vigil keys export")
  _ = try ChildRun.run(
    vigil, ["board", "trust", "add", jwks, "--name", "vigil-ce", "--home", board], in: folder
  ).succeeded("vigil board trust add")
  let run = try ChildRun.run(
    vigil, ["board", "import", batches[format]!, "--board", "tx-bon", "--home", board, "--boards", boards], in: folder
  ).succeeded("vigil board import (\(format))")
  line(format, run)
  imports[format] = run
}

// The floors.
print("floors:")
let shellDatabase = folder + "/floor.sqlite"
let shellScript = """
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = FULL;
  CREATE TABLE records (kind TEXT NOT NULL, certificate TEXT NOT NULL, learner_name TEXT NOT NULL, board TEXT NOT NULL,
    license_type TEXT NOT NULL, license_number TEXT NOT NULL, course_id TEXT NOT NULL, course_version TEXT NOT NULL,
    course_title TEXT NOT NULL, approver TEXT NOT NULL, approval_number TEXT NOT NULL, approval_minutes INTEGER NOT NULL,
    awarded_hours TEXT NOT NULL, completed_on TEXT NOT NULL, topics TEXT NOT NULL, replaces TEXT NOT NULL,
    reason TEXT NOT NULL, hash TEXT NOT NULL UNIQUE) STRICT;
  BEGIN IMMEDIATE;
  .import --csv --skip 1 \(csvPath) records
  COMMIT;
  """
try shellScript.write(toFile: folder + "/import.sql", atomically: true, encoding: .utf8)
let shell = try ChildRun.run("sqlite3", ["-batch", shellDatabase, ".read \(folder)/import.sql"], in: folder)
  .succeeded("sqlite3 .import")
line("sqlite3 shell .import of the CSV", shell)
let xmllint = try ChildRun.run("xmllint", ["--stream", "--noout", "--schema", schema, xmlPath], in: folder)
  .succeeded("xmllint --stream")
line("xmllint --stream --noout --schema", xmllint)

// What the ledger's design writes, without Vigil: the CSV import's rows and their chained events
// copied by the sqlite3 shell into an empty file of the ledger's own schema (its indexes, checks and
// foreign keys), in one transaction with the ledger's settings. No parsing, no checks, no hashing.
let imported = folder + "/board-csv/ledger.sqlite"
let schemaText = try ChildRun.run("sqlite3", [imported, ".schema"], in: folder).succeeded("sqlite3 .schema").output
let copyDatabase = folder + "/ledger-copy.sqlite"
let copyScript = """
  PRAGMA journal_mode = WAL;
  \(schemaText.split(separator: "\n").filter { !$0.contains("sqlite_sequence") && !$0.contains("sqlite_stat") }.joined(separator: "\n"))
  PRAGMA synchronous = FULL;
  PRAGMA foreign_keys = ON;
  PRAGMA cache_size = -40960;
  ATTACH '\(imported)' AS imported;
  BEGIN IMMEDIATE;
  INSERT INTO trusted_providers SELECT * FROM imported.trusted_providers;
  INSERT INTO imported_batches SELECT * FROM imported.imported_batches;
  INSERT INTO board_records SELECT * FROM imported.board_records;
  INSERT INTO events SELECT * FROM imported.events;
  COMMIT;
  """
try copyScript.write(toFile: folder + "/copy.sql", atomically: true, encoding: .utf8)
let copy = try ChildRun.run("sqlite3", ["-batch", copyDatabase, ".read \(folder)/copy.sql"], in: folder)
  .succeeded("sqlite3 copy into the ledger's schema")
line("sqlite3: the ledger's own writes", copy)

print("targets:")
let csvRatio = imports["csv"]!.seconds / shell.seconds
let xmlRatio = imports["xml"]!.seconds / xmllint.seconds
print("  CSV import, verification included: \(decimal(csvRatio))x the sqlite3 shell (target 3x or less)")
print("  XML import: \(decimal(xmlRatio))x xmllint --stream (target 2x or less)")
print(
  "  the ledger's own writes alone: \(decimal(copy.seconds / shell.seconds))x the sqlite3 shell's .import, "
    + "\(decimal(copy.seconds / xmllint.seconds))x xmllint --stream")
let peak = max(imports.values.map(\.peakMebibytes).max() ?? 0, 0)
print("  import peak memory: \(decimal(peak, 1)) MiB (target under 100 MiB at 1,000,000 records)")
