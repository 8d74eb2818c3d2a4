import BenchmarkSupport
import Foundation

/// The floor: the sqlite3 shell's `.import` of the same rows, as CSV, into tables equivalent to the
/// ledger's (same columns, types, STRICT, checks, unique constraints, indexes and triggers, foreign
/// keys on, WAL, synchronous=FULL, one transaction). The ledger's events have no equivalent: the shell
/// cannot compute the hash chain.
struct SQLiteShellImport {
  let folder: String

  /// The tables imported, in dependency order.
  static let tables = ["learners", "licenses", "completions", "credits"]

  /// Creates the equivalent tables from the ledger's own schema, imports the CSV files and returns
  /// the shell's wall-clock seconds.
  func run(schemaFrom ledgerPath: String, expectedCounts: [Int], run: Int) throws -> Double {
    let schema = try equivalentSchema(ledgerPath)
    try schema.write(toFile: folder + "/schema.sql", atomically: true, encoding: .utf8)
    let script = """
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      PRAGMA foreign_keys = ON;
      .read \(folder)/schema.sql
      BEGIN IMMEDIATE;
      \(Self.tables.map { ".import --csv \(folder)/\($0).csv \($0)" }.joined(separator: "\n"))
      COMMIT;
      """
    try script.write(toFile: folder + "/import.sql", atomically: true, encoding: .utf8)
    let database = folder + "/floor-\(run).sqlite"
    let (result, seconds) = try timed { try shell(database, ".read \(folder)/import.sql") }
    guard result.errors.isEmpty else { throw BenchmarkError("sqlite3 .import failed: \(result.errors.prefix(500))") }
    let counts = try shell(database, Self.tables.map { "SELECT count(*) FROM \($0);" }.joined()).output
      .split(separator: "\n").compactMap { Int($0) }
    guard counts == expectedCounts else {
      throw BenchmarkError("sqlite3 imported \(counts) rows, expected \(expectedCounts)")
    }
    try? FileManager.default.removeItem(atPath: database)
    return seconds
  }

  /// The ledger's DDL for the four tables, without the completions' columns the workload leaves NULL
  /// (its link to an attempt, its instant and time zone: the imported completions were not taken in this
  /// ledger, and the shell cannot import NULL into a STRICT table).
  private func equivalentSchema(_ ledgerPath: String) throws -> String {
    let names = Self.tables.map { "'\($0)'" }.joined(separator: ", ")
    var ddl = try shell(
      ledgerPath, "SELECT sql || ';' FROM sqlite_master WHERE tbl_name IN (\(names)) AND sql IS NOT NULL ORDER BY rowid"
    ).output
    for column in ["attempt_id INTEGER UNIQUE REFERENCES attempts(id),", "completed_at INTEGER,", "time_zone TEXT,"] {
      guard ddl.contains(column) else { throw BenchmarkError("the ledger's completions table changed; update the benchmark") }
      ddl = ddl.replacingOccurrences(of: column, with: "")
    }
    return ddl
  }

  /// Runs the sqlite3 shell.
  private func shell(_ database: String, _ command: String) throws -> (output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-batch", database, command]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
  }
}
