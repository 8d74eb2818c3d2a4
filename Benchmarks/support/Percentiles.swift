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

  /// The median: the middle value, or the mean of the two middle ones for an even count (the rounds
  /// of a benchmark are few, and the lower of two would lean low).
  public var median: Double {
    guard sorted.count.isMultiple(of: 2), !sorted.isEmpty else { return at(0.5) }
    return (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }
  /// The 99th percentile.
  public var p99: Double { at(0.99) }
}
