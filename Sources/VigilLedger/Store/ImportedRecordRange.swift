import Crypto
import VigilBase

/// The records one `records.imported/1` event covers: consecutive `board_records` rows of one batch,
/// at most ``maximumCount``, committed to by a digest of their ids and hashes. Each row's hash covers
/// its content (the record's canonical form), so the chain covers every record without repeating it:
/// a batch of a million records adds a thousand events, not a million.
///
/// The event's data is `{"batch":N,"count":C,"digest":D,"first":F,"last":L}`, its key
/// `batch/N/records/F-L`, where `D` is SHA-256 over, for each row from `F` to `L` in id order, its id
/// in decimal, a space, its hash and a line feed (`"17 3f…a9\n"`). The importer builds it as it
/// stores the rows; ``ChainVerifier`` builds it again from the rows it reads.
struct ImportedRecordRange {
  /// Records per event.
  static let maximumCount = 1000

  /// The batch the rows came with.
  let batchID: Int64
  /// The first and last row ids; `first` is nil while the range is empty.
  private(set) var first: Int64?
  private(set) var last: Int64 = 0
  private(set) var count = 0
  private var digest = SHA256()
  /// The line of the row added last.
  private var line: [UInt8] = []

  init(batchID: Int64) {
    self.batchID = batchID
  }

  /// Whether it holds ``maximumCount`` rows.
  var isFull: Bool { count >= Self.maximumCount }

  /// Adds the next row: its id (one more than the last one's) and its hash.
  mutating func add(id: Int64, hash: String) {
    if first == nil { first = id }
    last = id
    count += 1
    // One buffer for all the range's lines, not an array for each.
    line.removeAll(keepingCapacity: true)
    line += String(id).utf8
    line.append(UInt8(ascii: " "))
    line += hash.utf8
    line.append(UInt8(ascii: "\n"))
    line.withUnsafeBytes { digest.update(bufferPointer: $0) }
  }

  /// The key of the event for rows `first` to `last` of batch `batchID`.
  static func eventKey(batchID: Int64, first: Int64, last: Int64) -> String {
    "batch/\(batchID)/records/\(first)-\(last)"
  }

  /// The rows an event key names, or nil when the key is not one ``eventKey(batchID:first:last:)`` writes
  /// for a batch.
  static func rows(inKey key: String, batchID: Int64) -> ClosedRange<Int64>? {
    let prefix = "batch/\(batchID)/records/"
    guard key.hasPrefix(prefix) else { return nil }
    let bounds = key.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count == 2, let first = Int64(bounds[0]), let last = Int64(bounds[1]), first >= 1, first <= last,
      String(first) == bounds[0], String(last) == bounds[1], last - first < Int64(maximumCount)
    else { return nil }
    return first...last
  }

  /// The event's key; call it once the range holds a row.
  var eventKey: String { Self.eventKey(batchID: batchID, first: first ?? 0, last: last) }

  /// The event's data.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON(capacity: 160)
    json.field("batch", batchID)
    json.field("count", count)
    json.field("digest", ChainHash.hex(Array(digest.finalize())))
    json.field("first", first ?? 0)
    json.field("last", last)
    return json
  }
}
