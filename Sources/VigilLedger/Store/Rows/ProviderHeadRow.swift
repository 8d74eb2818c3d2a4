import GRDB
import VigilBase

/// A `provider_heads` row exactly as stored; its canonical content is its `head.seen` event's data.
struct ProviderHeadRow: Hashable {
  var id: Int64
  var providerID: Int64
  var sequence: Int64
  var link: String
  var batchID: Int64

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, provider_id, sequence, link, batch_id"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    providerID = try row.decode(atIndex: 1)
    sequence = try row.decode(atIndex: 2)
    link = try row.decode(atIndex: 3)
    batchID = try row.decode(atIndex: 4)
  }

  /// A row to insert.
  init(providerID: Int64, head: ChainHead, batchID: Int64) {
    id = 0
    self.providerID = providerID
    sequence = head.sequence
    link = head.link
    self.batchID = batchID
  }

  /// The head.
  var head: ChainHead { ChainHead(sequence: sequence, link: link) }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = "INSERT INTO provider_heads (provider_id, sequence, link, batch_id) VALUES (?, ?, ?, ?)"

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(providerID)
    binder.bind(sequence)
    binder.bind(link)
    binder.bind(batchID)
  }

  /// The idempotency key of its event.
  var eventKey: String { "provider-head/\(id)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("batch", batchID)
    json.field("id", id)
    json.field("link", link)
    json.field("provider", providerID)
    json.field("sequence", sequence)
    return json
  }
}
