/// A statement's parameter values with all their text in one buffer, so the statement binds the text
/// where it lies instead of SQLite copying each string (a copy, an allocation and a lock each): the
/// values of a record a batch import prepares on one thread and stores on another.
///
/// ```swift
/// var values = PackedValues()
/// values.append(7 as Int64?)
/// values.append("tx-bon")
/// let id = try values.withBound { bound in try insert.insert(db) { bound.bindAll(&$0) } }
/// ```
struct PackedValues: Sendable {
  /// One parameter's value.
  fileprivate enum Slot: Sendable {
    case null
    case integer(Int64)
    /// Text: where it lies in ``bytes``.
    case text(start: Int, count: Int)
  }

  private var bytes: [UInt8] = []
  private var slots: [Slot] = []

  /// Starts empty, with room for `count` values and `textBytes` bytes of text.
  init(count: Int = 0, textBytes: Int = 0) {
    slots.reserveCapacity(count)
    bytes.reserveCapacity(textBytes)
  }

  /// Appends an integer, or NULL.
  mutating func append(_ value: Int64?) {
    slots.append(value.map(Slot.integer) ?? .null)
  }

  /// Appends text, or NULL.
  mutating func append(_ value: String?) {
    guard let value else { return slots.append(.null) }
    slots.append(.text(start: bytes.count, count: value.utf8.count))
    bytes.append(contentsOf: value.utf8)
  }

  /// Appends text that `write` appends to the buffer (UTF-8), so text made for the row alone is written
  /// in place instead of as a string first.
  mutating func appendText(_ write: (inout [UInt8]) -> Void) {
    let start = bytes.count
    write(&bytes)
    slots.append(.text(start: start, count: bytes.count - start))
  }

  /// Runs `body` with the values ready to bind; the text stays where it is until `body` returns, so
  /// run the statement inside it.
  func withBound<R>(_ body: (Bound) throws -> R) rethrows -> R {
    try bytes.withUnsafeBufferPointer { buffer in try body(Bound(slots: slots, bytes: buffer)) }
  }

  /// The values with their text in place, valid inside ``withBound(_:)``.
  struct Bound {
    fileprivate let slots: [Slot]
    fileprivate let bytes: UnsafeBufferPointer<UInt8>

    /// Binds every value, in order.
    func bindAll(_ binder: inout InsertBinder) {
      for index in slots.indices { bind(index, &binder) }
    }

    /// Binds value `index` (from 0) as the binder's next parameter.
    func bind(_ index: Int, _ binder: inout InsertBinder) {
      switch slots[index] {
      case .null: binder.bind(nil as Int64?)
      case .integer(let value): binder.bind(value)
      case .text(let start, let count): binder.bind(inPlace: UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]))
      }
    }
  }
}
