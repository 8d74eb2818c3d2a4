import Foundation

/// The benchmark's command-line options.
struct BenchmarkOptions {
  /// Learners, each with one license.
  var licensees = 100_000
  /// Completions per licensee; each completion earns two credits.
  var completionsPerLicensee = 5
  /// How many times both loads run; the best of each is compared.
  var runs = 3
  /// Response saves timed against bare commits.
  var saves = 2_000
  /// Keep the temporary folder (ledger, CSV files, sqlite3 database) for inspection.
  var keep = false

  init(_ arguments: [String]) {
    var remaining = arguments.dropFirst()[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--licensees": licensees = remaining.popFirst().flatMap { Int($0) } ?? licensees
      case "--completions-per-licensee":
        completionsPerLicensee = remaining.popFirst().flatMap { Int($0) } ?? completionsPerLicensee
      case "--runs": runs = max(1, remaining.popFirst().flatMap { Int($0) } ?? runs)
      case "--saves": saves = max(1, remaining.popFirst().flatMap { Int($0) } ?? saves)
      case "--keep": keep = true
      default:
        print("usage: ledger-benchmark [--licensees N] [--completions-per-licensee N] [--runs N] [--saves N] [--keep]")
        exit(2)
      }
    }
  }
}
