import BenchmarkSupport
import Crypto
import GRDB

/// The floor for verifying a chain: one bare SHA-256 over every event body of the ledger, read the same
/// way, in the same run.
enum VerificationFloor {
  /// Seconds to read and hash every body once, and the bytes hashed.
  static func seconds(path: String) throws -> (seconds: Double, bytes: Int) {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      var bytes = 0
      let (_, seconds) = try timed {
        var hasher = SHA256()
        let rows = try Row.fetchCursor(db, sql: "SELECT body FROM events ORDER BY seq")
        while let row = try rows.next() {
          let body: String = try row.decode(atIndex: 0)
          var text = body
          text.withUTF8 { buffer in
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
            bytes += buffer.count
          }
        }
        _ = hasher.finalize()
      }
      return (seconds, bytes)
    }
  }
}
