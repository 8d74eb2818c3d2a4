import VigilBase

/// The canonical bytes of one event, which its hash covers:
/// `{"at":A,"data":{…},"key":"K","kind":"learner.added/1","seq":N,"stream":"learner/7"}` in RFC 8785 form.
///
/// `at` is the UTC instant the event was recorded, in seconds since 1970-01-01; `data` is the record
/// written (its fields per kind are listed in the README); `key` makes a retried write a no-op.
enum EventBody {
  /// The body's bytes.
  static func encode(seq: Int64, stream: String, kind: String, key: String, at: Int64, data: CanonicalJSON)
    throws(LedgerError) -> [UInt8]
  {
    try encode(seq: seq, stream: stream, kind: kind, key: key, at: at, dataBytes: data.count) { $0.append(membersOf: data) }
  }

  /// The body's bytes, with the data's members written in place by `data` (about `dataBytes` bytes).
  static func encode(
    seq: Int64, stream: String, kind: String, key: String, at: Int64, dataBytes: Int,
    data: (inout CanonicalJSON) -> Void
  ) throws(LedgerError) -> [UInt8] {
    var body = CanonicalJSON(capacity: dataBytes + key.utf8.count + kind.utf8.count + stream.utf8.count + 96)
    body.field("at", at)
    body.field("data", objectWith: data)
    body.field("key", key)
    body.field("kind", kind)
    body.field("seq", seq)
    body.field("stream", stream)
    do {
      return try body.finished()
    } catch {
      throw LedgerError(.storage, "an event's data cannot be written canonically (\(error)); this is a bug in Vigil")
    }
  }
}
