// Exports 1,000,000 completion records from a provider's ledger as CSV and as an XML batch with the
// built `vigil`, then imports each into a board's own home, printing records per second and each
// process's peak memory, beside the floors measured in the same run: the sqlite3 shell's `.import` of
// the same CSV into an equivalent table, `xmllint --stream --noout --schema` over the same batch, and
// one bare SHA-256 over the batch's bytes beside the batch's signature check. A last floor is what the
// ledger's design writes: the imported rows and events copied into an empty ledger by the sqlite3 shell.
// The imports and their floors run in rounds (`--rounds`, 3 by default), each import between two runs
// of its floor and compared with their mean, and each target is checked on the median of the rounds'
// ratios.
//
// Targets (issue 12): CSV import, verification included, within 3x of the sqlite3 shell's .import; XML
// import within 2x of xmllint --stream; export and import memory under 100 MiB at 1,000,000 records.
//
// Run: swift build -c release --scratch-path .build-release --product vigil --product exchange-benchmark
//      && .build-release/release/exchange-benchmark [--records N] [--rounds N] [--keep]
import BenchmarkSupport
import Crypto
import Foundation
import VigilSigning

var records = 1_000_000
var keep = false
var rounds = 3
var arguments = CommandLine.arguments.dropFirst()[...]
while let argument = arguments.popFirst() {
  switch argument {
  case "--records": records = arguments.popFirst().flatMap { Int($0) } ?? records
  case "--keep": keep = true
  case "--rounds": rounds = max(1, arguments.popFirst().flatMap { Int($0) } ?? rounds)
  default:
    print("usage: exchange-benchmark [--records N] [--rounds N] [--keep]")
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

// Each import beside its floor, run one after the other in rounds: the host's speed drifts by a third
// from minute to minute, and a ratio of two runs minutes apart measures that drift as much as the
// import. Each round runs the floor, the import into a fresh board home and the floor again, and
// compares the import with the mean of the floor's two runs, so a host that speeds up or slows down
// during the round weighs on both sides alike; each target is checked on the median of the rounds'
// ratios.
let jwks = folder + "/provider.jwks"
_ = try ChildRun.run(vigil, ["keys", "export", "--home", provider, "--out", jwks], in: folder).succeeded("vigil keys export")

/// Imports a batch into a fresh board home that trusts the provider (made by `vigil board trust add`,
/// as a board makes its home).
@MainActor func boardImport(_ format: String) throws -> ChildRun {
  let board = folder + "/board-\(format)"
  try? FileManager.default.removeItem(atPath: board)
  try FileManager.default.createDirectory(atPath: board, withIntermediateDirectories: true)
  _ = try ChildRun.run(
    vigil, ["board", "trust", "add", jwks, "--name", "vigil-ce", "--home", board], in: folder
  ).succeeded("vigil board trust add")
  return try ChildRun.run(
    vigil, ["board", "import", batches[format]!, "--board", "tx-bon", "--home", board, "--boards", boards], in: folder
  ).succeeded("vigil board import (\(format))")
}

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

/// The sqlite3 shell's `.import` of the CSV into an equivalent table of a fresh file.
@MainActor func shellImport() throws -> ChildRun {
  for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: shellDatabase + suffix) }
  return try ChildRun.run("sqlite3", ["-batch", shellDatabase, ".read \(folder)/import.sql"], in: folder)
    .succeeded("sqlite3 .import")
}

func median(_ values: [Double]) -> Double { Percentiles(values).median }

@MainActor func xmllint() throws -> ChildRun {
  try ChildRun.run("xmllint", ["--stream", "--noout", "--schema", schema, xmlPath], in: folder)
    .succeeded("xmllint --stream")
}

/// One round's import and the two runs of its floor around it.
struct Bracketed {
  var before: ChildRun
  var run: ChildRun
  var after: ChildRun

  /// The import's seconds over the mean of its floor's.
  var ratio: Double { run.seconds / ((before.seconds + after.seconds) / 2) }
}

/// Runs `floor`, then `run`, then `floor` again, printing each.
@MainActor func bracketed(
  round: Int, _ floorLabel: String, _ floor: () throws -> ChildRun, _ label: String, _ run: () throws -> ChildRun
) throws -> Bracketed {
  let before = try floor()
  line("round \(round): \(floorLabel)", before)
  let import_ = try run()
  line("round \(round): \(label)", import_)
  let after = try floor()
  line("round \(round): \(floorLabel)", after)
  return Bracketed(before: before, run: import_, after: after)
}

print("import (vigil board import into a fresh board home each), each round between two runs of its floor:")
var csvRounds: [Bracketed] = []
var xmlRounds: [Bracketed] = []
for round in 1...rounds {
  csvRounds.append(try bracketed(round: round, "sqlite3 shell .import", shellImport, "csv import") { try boardImport("csv") })
  xmlRounds.append(try bracketed(round: round, "xmllint --stream --noout", xmllint, "xml import") { try boardImport("xml") })
}
let shells = csvRounds.flatMap { [$0.before, $0.after] }
let xmllints = xmlRounds.flatMap { [$0.before, $0.after] }

// What the ledger's design writes, without Vigil: the CSV import's rows and their chained events
// copied by the sqlite3 shell into an empty file of the ledger's own schema (its indexes, checks and
// foreign keys) and page size, in one transaction with the ledger's settings. No parsing, no checks, no hashing.
print("floor of the ledger's design:")
let imported = folder + "/board-csv/ledger.sqlite"
let schemaText = try ChildRun.run("sqlite3", [imported, ".schema"], in: folder).succeeded("sqlite3 .schema").output
let pageSize = try ChildRun.run("sqlite3", [imported, "PRAGMA page_size"], in: folder).succeeded("sqlite3 page_size").output
  .trimmingCharacters(in: .whitespacesAndNewlines)
let copyDatabase = folder + "/ledger-copy.sqlite"
let copyScript = """
  PRAGMA page_size = \(pageSize);
  PRAGMA journal_mode = WAL;
  \(schemaText.split(separator: "\n").filter { !$0.contains("sqlite_sequence") && !$0.contains("sqlite_stat") }.joined(separator: "\n"))
  PRAGMA synchronous = FULL;
  PRAGMA foreign_keys = ON;
  PRAGMA cache_size = -49152;
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

print(
  "targets (each ratio the median of the \(rounds) rounds', an import over the mean of the floor's runs around "
    + "it; every round's in brackets):")
let csvRatios = csvRounds.map(\.ratio)
let xmlRatios = xmlRounds.map(\.ratio)
func listed(_ ratios: [Double]) -> String { "[" + ratios.map { decimal($0) }.joined(separator: ", ") + "]" }
print(
  "  CSV import, verification included: \(decimal(median(csvRatios)))x the sqlite3 shell \(listed(csvRatios)) "
    + "(target 3x or less: \(median(csvRatios) <= 3 ? "met" : "NOT met"))")
print(
  "  XML import: \(decimal(median(xmlRatios)))x xmllint --stream \(listed(xmlRatios)) "
    + "(target 2x or less: \(median(xmlRatios) <= 2 ? "met" : "NOT met"))")
print(
  "  the ledger's own writes alone: \(decimal(copy.seconds / median(shells.map(\.seconds))))x the sqlite3 shell's "
    + ".import, \(decimal(copy.seconds / median(xmllints.map(\.seconds))))x xmllint --stream (medians)")
let peak = (csvRounds + xmlRounds).map(\.run.peakMebibytes).max() ?? 0
print("  import peak memory: \(decimal(peak, 1)) MiB (target under 100 MiB at 1,000,000 records)")
