/// One b-tree page as SQLite's file format lays it out (<https://sqlite.org/fileformat2.html#b_tree_pages>),
/// checked the way `PRAGMA integrity_check` checks a page: a known page type, cells and free blocks
/// inside the cell content area and not overlapping, the bytes left over equal to the header's count
/// of fragmented bytes, child page numbers that exist, table keys in increasing order.
struct BTreePage {
  let bytes: [UInt8]
  /// The page's number (1 holds the 100-byte file header before its own).
  let number: Int
  /// The bytes of a page SQLite uses (the page size less the reserved bytes).
  let usableSize: Int
  /// How many pages the database has.
  let pageCount: Int

  /// The first problem, or nil.
  func problem() -> String? {
    let header = number == 1 ? 100 : 0
    guard bytes.count >= usableSize, usableSize >= 480 else { return "it is cut short" }
    let type = bytes[header]
    guard [2, 5, 10, 13].contains(type) else { return "its page type is \(type)" }
    let isInterior = type == 2 || type == 5
    let isTable = type == 5 || type == 13
    let headerSize = isInterior ? 12 : 8
    let cellCount = u16(header + 3)
    let contentStart = u16(header + 5) == 0 ? 65_536 : u16(header + 5)
    let pointerEnd = header + headerSize + 2 * cellCount
    guard pointerEnd <= contentStart, contentStart <= usableSize else {
      return "its \(cellCount) cells and content start \(contentStart) do not fit"
    }
    if isInterior, !isPage(u32(header + 8)) { return "its right child is page \(u32(header + 8))" }
    var ranges: [(start: Int, end: Int)] = []
    var previousKey: Int64?
    for index in 0..<cellCount {
      let offset = u16(header + headerSize + 2 * index)
      guard offset >= contentStart, offset + 4 <= usableSize else { return "cell \(index) starts at \(offset)" }
      guard let cell = cell(at: offset, isInterior: isInterior, isTable: isTable) else {
        return "cell \(index) runs off the page"
      }
      if let child = cell.child, !isPage(child) { return "cell \(index) points to page \(child)" }
      if let key = cell.key {
        if let previousKey, key <= previousKey { return "cell \(index)'s key \(key) is not above \(previousKey)" }
        previousKey = key
      }
      ranges.append((offset, offset + cell.size))
    }
    var free = u16(header + 1)
    while free != 0 {
      guard free >= contentStart, free + 4 <= usableSize else { return "a free block starts at \(free)" }
      let size = u16(free + 2)
      guard size >= 4, free + size <= usableSize else { return "the free block at \(free) runs off the page" }
      ranges.append((free, free + size))
      let next = u16(free)
      guard next == 0 || next > free + size else { return "its free blocks are out of order" }
      free = next
    }
    ranges.sort { $0.start < $1.start }
    var gaps = 0
    var position = contentStart
    for range in ranges {
      guard range.start >= position else { return "two cells share byte \(range.start)" }
      gaps += range.start - position
      position = range.end
    }
    gaps += usableSize - position
    guard gaps == Int(bytes[header + 7]) else {
      return "it has \(gaps) fragmented bytes but its header says \(bytes[header + 7])"
    }
    return nil
  }

  /// The page's type byte: 2 and 10 index interior and leaf, 5 and 13 table interior and leaf.
  var type: UInt8 { bytes[number == 1 ? 100 : 0] }

  /// Each cell's child page and key (nil for index pages and table leaves' children), then the right
  /// child with no key; empty for a leaf. Call only on a page whose ``problem()`` is nil.
  func children() -> [(page: Int, key: Int64?)] {
    let header = number == 1 ? 100 : 0
    guard type == 2 || type == 5 else { return [] }
    let isTable = type == 5
    var result: [(page: Int, key: Int64?)] = (0..<u16(header + 3)).compactMap { index in
      cell(at: u16(header + 12 + 2 * index), isInterior: true, isTable: isTable).flatMap { cell in
        cell.child.map { ($0, cell.key) }
      }
    }
    result.append((u32(header + 8), nil))
    return result
  }

  /// The keys of a table page's first and last cells, or nil (an index page, no cells).
  func keyRange() -> (first: Int64, last: Int64)? {
    let header = number == 1 ? 100 : 0
    guard type == 5 || type == 13 else { return nil }
    let count = u16(header + 3)
    let size = type == 5 ? 12 : 8
    guard count > 0,
      let first = cell(at: u16(header + size), isInterior: type == 5, isTable: true)?.key,
      let last = cell(at: u16(header + size + 2 * (count - 1)), isInterior: type == 5, isTable: true)?.key
    else { return nil }
    return (first, last)
  }

  /// A cell's size, its child page (interior pages) and its key (table pages); nil when it does not fit.
  private func cell(at offset: Int, isInterior: Bool, isTable: Bool) -> (size: Int, child: Int?, key: Int64?)? {
    var cursor = offset
    var child: Int?
    if isInterior {
      child = u32(cursor)
      cursor += 4
      if isTable {
        guard let key = varint(&cursor) else { return nil }
        return (cursor - offset, child, key)
      }
    }
    guard let payload = varint(&cursor), payload >= 0 else { return nil }
    var key: Int64?
    if isTable {
      guard let rowid = varint(&cursor) else { return nil }
      key = rowid
    }
    let local = localPayload(Int(clamping: payload), isTable: isTable)
    let size = max(4, cursor - offset + local + (local < payload ? 4 : 0))
    guard offset + size <= usableSize else { return nil }
    return (size, child, key)
  }

  /// How much of a payload is stored on the page itself (the rest goes to overflow pages).
  private func localPayload(_ payload: Int, isTable: Bool) -> Int {
    let maxLocal = isTable ? usableSize - 35 : (usableSize - 12) * 64 / 255 - 23
    guard payload > maxLocal else { return payload }
    let minLocal = (usableSize - 12) * 32 / 255 - 23
    let surplus = minLocal + (payload - minLocal) % (usableSize - 4)
    return surplus <= maxLocal ? surplus : minLocal
  }

  private func isPage(_ number: Int) -> Bool { number >= 2 && number <= pageCount }

  private func u16(_ offset: Int) -> Int {
    offset + 1 < bytes.count ? Int(bytes[offset]) << 8 | Int(bytes[offset + 1]) : 0
  }

  private func u32(_ offset: Int) -> Int {
    guard offset + 3 < bytes.count else { return 0 }
    return bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
  }

  /// SQLite's variable-length integer (1 to 9 bytes, big-endian, high bit continues).
  private func varint(_ cursor: inout Int) -> Int64? {
    var value: UInt64 = 0
    for index in 0..<9 {
      guard cursor < usableSize else { return nil }
      let byte = bytes[cursor]
      cursor += 1
      if index == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
      value = value << 7 | UInt64(byte & 0x7F)
      if byte & 0x80 == 0 { return Int64(bitPattern: value) }
    }
    return nil
  }
}
