/// The fixed pseudo-random generator behind quiz assembly: SplitMix64 (Steele, Lea and Flood, 2014;
/// Vigna's `splitmix64.c`), with fixed algorithms for bounded draws and shuffles.
///
/// One seed gives the same numbers on every machine and every Swift version: the generator does not
/// use the standard library's `shuffle` or `random(in:)`, whose algorithms are not promised to stay
/// the same. It is not a cryptographic generator.
public struct SplitMix64: Sendable, Hashable {
  /// The generator's state, advanced by the golden-ratio increment on every draw.
  public private(set) var state: UInt64

  /// Creates a generator whose first draw derives from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64-bit value.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniformly drawn integer in `0..<bound` by Lemire's multiply-and-reject method: the high word
  /// of `next() × bound`, drawing again while the low word is below `2^64 mod bound`.
  ///
  /// - Precondition: `bound > 0`.
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0, "nextIndex(below:) needs a positive bound")
    let range = UInt64(bound)
    var product = next().multipliedFullWidth(by: range)
    if product.low < range {
      let threshold = (0 &- range) % range
      while product.low < threshold {
        product = next().multipliedFullWidth(by: range)
      }
    }
    return Int(product.high)
  }

  /// Shuffles `elements` by Fisher–Yates from the back: for i = count − 1 down to 1, swap element i
  /// with element `nextIndex(below: i + 1)`.
  public mutating func shuffle<Element>(_ elements: inout [Element]) {
    guard elements.count > 1 else { return }
    for index in stride(from: elements.count - 1, through: 1, by: -1) {
      elements.swapAt(index, nextIndex(below: index + 1))
    }
  }

  /// Shuffles the elements for which `isFixed` is false among their own positions; fixed elements
  /// keep their places.
  public mutating func shuffle<Element>(_ elements: inout [Element], keepingInPlace isFixed: (Element) -> Bool) {
    let slots = elements.indices.filter { !isFixed(elements[$0]) }
    var movable = slots.map { elements[$0] }
    shuffle(&movable)
    for (slot, element) in zip(slots, movable) {
      elements[slot] = element
    }
  }

  /// `count` distinct positions out of `0..<total`, in increasing order, drawn by a partial
  /// Fisher–Yates from the front (for i in 0..<count swap i with i + `nextIndex(below: total − i)`).
  ///
  /// - Precondition: `0 <= count <= total`.
  public mutating func choose(_ count: Int, from total: Int) -> [Int] {
    precondition((0...total).contains(count), "choose(_:from:) needs 0 <= count <= total")
    var positions = Array(0..<total)
    for index in 0..<count {
      positions.swapAt(index, index + nextIndex(below: total - index))
    }
    return positions.prefix(count).sorted()
  }
}
