import Foundation
import VigilBase

#if canImport(Glibc)
  import Glibc
#endif

/// The record, kept outside a damaged ledger, that it takes no more writes: `ledger.sqlite.refused`
/// beside the ledger, `0600`, saying why and when.
///
/// It is written when Vigil finds the ledger damaged (the check before writing, SQLite reporting a
/// corrupt file, a failed `vigil ledger verify`) and read before every write. It lives outside the
/// damaged file, which may be too broken to hold it. `vigil ledger verify` removes it once the ledger
/// (usually a restored backup) verifies; deleting it by hand lifts the refusal too.
enum RefusalMarker {
  /// The marker's path for the ledger at `ledgerPath`.
  static func path(for ledgerPath: String) -> String { ledgerPath + ".refused" }

  /// Records that the ledger is damaged. Best effort: a read-only folder keeps no marker, and an
  /// existing marker keeps its first reason.
  static func record(ledger ledgerPath: String, reason: String, now: Int64 = Int64(time(nil))) {
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
    let descriptor = open(path(for: ledgerPath), flags, FileProtection.fileMode)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    fchmod(descriptor, FileProtection.fileMode)
    let text = """
      Vigil refuses to write to \(ledgerPath): it was found damaged.
      found: \(timestamp(now))
      reason: \(reason.replacingOccurrences(of: "\n", with: " "))
      To go on: restore your latest backup over \(ledgerPath) while no vigil runs, then run
      `vigil ledger verify`, which removes this file when the ledger verifies. Deleting this file by hand
      also lifts the refusal; do that only once you know the ledger is sound.

      """
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    fsync(descriptor)
  }

  /// Throws ``LedgerError/Code-swift.struct/refused`` when the ledger was found damaged earlier.
  static func check(ledger ledgerPath: String) throws(LedgerError) {
    let marker = path(for: ledgerPath)
    let entry = FileProtection.entry(at: marker)
    guard entry != .missing else { return }
    // Read only a regular file: a FIFO put there would block.
    var recorded = ""
    if case .regular(let size) = entry, size < 65_536 {
      recorded = (try? String(contentsOfFile: marker, encoding: .utf8)) ?? ""
    }
    let lines = recorded.split(separator: "\n")
    let reason = lines.first { $0.hasPrefix("reason: ") }.map { Echo.safe($0.dropFirst(8), limit: 300) }
    let found = lines.first { $0.hasPrefix("found: ") }.map { Echo.safe($0.dropFirst(7), limit: 40) }
    throw LedgerError(
      .refused,
      "the ledger at \(ledgerPath) was found damaged\(found.map { " at \($0)" } ?? "")"
        + "\(reason.map { " (\($0))" } ?? "") and takes no more writes: restore your latest backup over it "
        + "while no vigil runs, then run `vigil ledger verify`, which lifts the refusal when the ledger "
        + "verifies (or delete \(marker) once you know the ledger is sound)")
  }

  /// Removes the marker; returns whether there was one.
  @discardableResult
  static func clear(ledger ledgerPath: String) -> Bool {
    unlink(path(for: ledgerPath)) == 0
  }

  /// `2026-12-01T09:30:00Z`.
  private static func timestamp(_ seconds: Int64) -> String {
    var value = time_t(seconds)
    var parts = tm()
    gmtime_r(&value, &parts)
    func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):"
      + "\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }
}
