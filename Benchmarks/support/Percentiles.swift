/// Order statistics of a run's timings.
public struct Percentiles {
  private let sorted: [Double]

  /// The timings, in any order.
  public init(_ values: [Double]) {
    sorted = values.sorted()
  }

  /// The value at `fraction` (0.5 the median, 0.99 the 99th percentile), nearest rank below; 0 when empty.
  public func at(_ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
  }

  /// The median.
  public var median: Double { at(0.5) }
  /// The 99th percentile.
  public var p99: Double { at(0.99) }
}
