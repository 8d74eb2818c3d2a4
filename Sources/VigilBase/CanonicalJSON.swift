/// Builds JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme) for the values Vigil
/// hashes and signs: one object, members sorted by key, no white space, strings escaped exactly as
/// RFC 8785 says, and numbers only as integers within ±(2^53 − 1) or as hundredths (`1.5`, `0.25`), which
/// every JSON reader holds exactly.
///
/// Callers write members in ascending key order (by UTF-16 code unit, which for the ASCII keys Vigil
/// uses is byte order); `finished()` refuses an object written out of order. Values that are not
/// integers (a seed above 2^53, a fraction) are written as strings. The bytes are what is hashed, so
/// anyone can re-derive them: parse the JSON and serialise it again with sorted keys and no spaces
/// (in Python: `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`).
public struct CanonicalJSON: Sendable {
  /// The largest integer written as a number: 2^53 − 1.
  public static let maximumInteger: Int64 = 9_007_199_254_740_991

  /// A problem in how a canonical object was written.
  public enum Problem: Error, Sendable, Hashable {
    /// Members were not written in ascending key order.
    case keysOutOfOrder(previous: String, key: String)
    /// An integer is outside ±(2^53 − 1).
    case integerOutOfRange(key: String)
  }

  private(set) var bytes: [UInt8]
  private var firstKey: StaticString? = nil
  private var previousKey: StaticString? = nil
  private var problem: Problem? = nil

  /// Starts an empty object, with room for `capacity` bytes before it grows (an object written millions
  /// of times, such as an event, saves the copies of growing).
  public init(capacity: Int = 256) {
    bytes = [UInt8(ascii: "{")]
    bytes.reserveCapacity(capacity)
  }

  /// The bytes written so far (the object is not closed yet).
  public var count: Int { bytes.count }

  /// Writes a string member, or `null`.
  public mutating func field(_ key: StaticString, _ value: String?) {
    writeKey(key)
    if let value { Self.appendString(value, to: &bytes) } else { appendNull() }
  }

  /// Writes an integer member, or `null`.
  public mutating func field(_ key: StaticString, _ value: Int64?) {
    writeKey(key)
    guard let value else { return appendNull() }
    guard value.magnitude <= Self.maximumInteger.magnitude else {
      if problem == nil { problem = .integerOutOfRange(key: key.description) }
      return appendNull()
    }
    Self.appendInteger(value, to: &bytes)
  }

  /// Writes an integer member, or `null`.
  public mutating func field(_ key: StaticString, _ value: Int?) {
    field(key, value.map { Int64($0) })
  }

  /// Writes a decimal number given in hundredths, or `null`: 150 as `1.5`, 100 as `1`, 25 as `0.25`,
  /// 5 as `0.05`. This is the form RFC 8785 gives such a number (ECMAScript's shortest round trip: no
  /// trailing zeros, no exponent), so hours and credits can be numbers in canonical JSON. Values up to
  /// ±10^15 hundredths are exact in every JSON reader; beyond that `finished()` refuses the object.
  public mutating func field(_ key: StaticString, hundredths value: Int64?) {
    writeKey(key)
    guard let value else { return appendNull() }
    guard value.magnitude < Self.maximumHundredths else {
      if problem == nil { problem = .integerOutOfRange(key: key.description) }
      return appendNull()
    }
    Self.appendHundredths(value, to: &bytes)
  }

  /// Writes an integer as a JSON string of its decimal digits (`"13032"`), as a specification that
  /// keeps such numbers in strings asks (a status list's index).
  public mutating func field(_ key: StaticString, digits value: Int64) {
    writeKey(key)
    bytes.append(UInt8(ascii: "\""))
    Self.appendInteger(value, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes an instant as a string in ``InstantText``'s form (`"2026-11-29T19:30:00Z"`), straight into
  /// the bytes.
  public mutating func field(_ key: StaticString, instant seconds: Int64) {
    writeKey(key)
    bytes.append(UInt8(ascii: "\""))
    InstantText.append(seconds, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes a boolean member.
  public mutating func field(_ key: StaticString, _ value: Bool) {
    writeKey(key)
    appendLiteral(value ? "true" : "false")
  }

  /// Writes an array of strings, in the order given.
  public mutating func field(_ key: StaticString, strings: [String]) {
    writeKey(key)
    bytes.append(UInt8(ascii: "["))
    for (index, string) in strings.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      Self.appendString(string, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes an object member.
  public mutating func field(_ key: StaticString, object: CanonicalJSON) {
    writeKey(key)
    if let inner = object.problem, problem == nil { problem = inner }
    bytes.append(contentsOf: object.bytes)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Writes an object member whose members `build` writes in place: the object costs no buffer of its
  /// own (an event's data, written into the event; a credential's subject, written into its claims).
  /// Its members are checked for order as its own.
  public mutating func field(
    _ key: StaticString, objectWith build: (inout CanonicalJSON) throws -> Void
  ) rethrows {
    writeKey(key)
    try appendObject(build)
  }

  /// Writes an array member of `count` objects, the one at each index (from 0) written in place by
  /// `build` (see ``field(_:objectWith:)``).
  public mutating func field(
    _ key: StaticString, objects count: Int, _ build: (inout CanonicalJSON, Int) throws -> Void
  ) rethrows {
    writeKey(key)
    bytes.append(UInt8(ascii: "["))
    for index in 0..<count {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      try appendObject { try build(&$0, index) }
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends an object `build` writes, moving this object's bytes into it and back so nothing is
  /// copied.
  private mutating func appendObject(_ build: (inout CanonicalJSON) throws -> Void) rethrows {
    var inner = CanonicalJSON(adopting: [])
    swap(&inner.bytes, &bytes)
    inner.bytes.append(UInt8(ascii: "{"))
    defer {
      inner.bytes.append(UInt8(ascii: "}"))
      swap(&inner.bytes, &bytes)
      if let problem = inner.problem, self.problem == nil { self.problem = problem }
    }
    try build(&inner)
  }

  /// An object whose bytes so far are `bytes` (empty for the nested object ``field(_:objectWith:)``
  /// writes into its parent's bytes).
  private init(adopting bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Writes an array of objects, in the order given.
  public mutating func field(_ key: StaticString, objects: [CanonicalJSON]) {
    writeKey(key)
    bytes.append(UInt8(ascii: "["))
    for (index, object) in objects.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      if let inner = object.problem, problem == nil { problem = inner }
      bytes.append(contentsOf: object.bytes)
      bytes.append(UInt8(ascii: "}"))
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes the members of another object after this one's, as if written here: an object laid out in
  /// parts (some ahead of time, or on another thread) costs one copy of each part. `{"a":1}` followed
  /// by the members of `{"b":2}` is `{"a":1,"b":2}`; the keys of `members` must all follow this
  /// object's, as for any member (``finished()`` refuses the object otherwise).
  public mutating func append(membersOf members: CanonicalJSON) {
    guard let first = members.firstKey, let last = members.previousKey else { return }
    if let inner = members.problem, problem == nil { problem = inner }
    if let previousKey {
      bytes.append(UInt8(ascii: ","))
      checkOrder(previousKey, first)
    } else {
      firstKey = first
    }
    // Through the buffer: appending the slice would copy it into a temporary array first.
    members.bytes.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0.dropFirst())) }
    previousKey = last
  }

  /// Writes a member whose value is JSON text that is already canonical (a list or object stored that
  /// way and read back). Nothing checks the text here: what it contributes is hashed, so text that is
  /// not what was written first gives another hash.
  public mutating func field(_ key: StaticString, verbatim json: some StringProtocol) {
    writeKey(key)
    bytes.append(contentsOf: json.utf8)
  }

  /// The finished object's canonical bytes.
  ///
  /// - Throws: ``Problem`` when members were written out of order or an integer was out of range.
  public consuming func finished() throws(Problem) -> [UInt8] {
    if let problem { throw problem }
    bytes.append(UInt8(ascii: "}"))
    return bytes
  }

  private mutating func appendNull() {
    appendLiteral("null")
  }

  private mutating func appendLiteral(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func writeKey(_ key: StaticString) {
    if let previousKey {
      bytes.append(UInt8(ascii: ","))
      checkOrder(previousKey, key)
    } else {
      firstKey = key
    }
    previousKey = key
    // Keys are identifiers in source code: written as they are, they need no escaping.
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// Notes a problem when `key` does not follow `previous`.
  private mutating func checkOrder(_ previous: StaticString, _ key: StaticString) {
    let ascending = previous.withUTF8Buffer { previous in
      key.withUTF8Buffer { Self.precedes(previous, $0) }
    }
    if !ascending, problem == nil {
      problem = .keysOutOfOrder(previous: previous.description, key: key.description)
    }
  }

  /// Whether key `first` sorts before key `second`, byte by byte (UTF-16 order for ASCII keys), without
  /// the generic sequence comparison's iterators.
  private static func precedes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in 0..<min(first.count, second.count) where first[index] != second[index] {
      return first[index] < second[index]
    }
    return first.count < second.count
  }

  /// Appends `value` as an RFC 8785 JSON string: `"` and `\` escaped, U+0008, U+0009, U+000A, U+000C
  /// and U+000D as `\b`, `\t`, `\n`, `\f`, `\r`, other controls below U+0020 as `\u00xx` (lowercase hex),
  /// everything else as its UTF-8 bytes.
  public static func appendString(_ value: String, to bytes: inout [UInt8]) {
    var value = value
    value.withUTF8 { appendString(utf8: $0, to: &bytes) }
  }

  /// ``appendString(_:to:)`` for the string's UTF-8 bytes, scanned in place.
  private static func appendString(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    defer { bytes.append(UInt8(ascii: "\"")) }
    guard needsEscaping(utf8) else {
      bytes.append(contentsOf: utf8)
      return
    }
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(byte)
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0..<0x20:
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
  }

  /// Whether any byte of `utf8` is a control below U+0020, `"` or `\`: eight bytes to a step (the
  /// tokens, ids and names written are almost never escaped, and some are hundreds of bytes long).
  static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    /// Whether a byte of `word` is zero: its high bit is set in `(word − 1…) & ~word`, exactly.
    func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }
    var offset = 0
    while offset + 8 <= utf8.count {
      let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
      // A byte below 0x20 (bytes of 0x80 and above, UTF-8's, are left out by `~word`), a quote, a backslash.
      if (word &- ones &* 0x20) & ~word & highBits != 0 || hasZeroByte(word ^ (ones &* 0x22))
        || hasZeroByte(word ^ (ones &* 0x5C))
      {
        return true
      }
      offset += 8
    }
    while offset < utf8.count {
      let byte = utf8[offset]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
      offset += 1
    }
    return false
  }

  /// Appends the decimal digits of `value`.
  public static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    // The digits from the last, on the stack (19 at most), then appended at once: a digit at a time
    // and reversed in place, the array was checked and grown for each.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// The bound on ``field(_:hundredths:)``: 10^15 hundredths, fifteen significant digits.
  static let maximumHundredths: UInt64 = 1_000_000_000_000_000

  /// Appends hundredths as the shortest decimal: `1.5`, `1`, `0.25`, `-0.05`.
  public static func appendHundredths(_ value: Int64, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    appendInteger(Int64(magnitude / 100), to: &bytes)
    let fraction = magnitude % 100
    guard fraction > 0 else { return }
    bytes.append(UInt8(ascii: "."))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
    if fraction % 10 > 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
  }

  /// Lowercase hex digits.
  public static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
