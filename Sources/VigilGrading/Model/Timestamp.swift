/// A point in time as whole seconds since 1970-01-01T00:00:00Z.
///
/// The grading module never reads a clock: the caller passes times in. The value encodes as a bare
/// integer, so stored attempts stay readable.
public struct Timestamp: Sendable, Hashable, Comparable, Codable {
  /// Seconds since the Unix epoch.
  public var secondsSinceEpoch: Int64

  /// Creates a timestamp from seconds since the Unix epoch.
  public init(secondsSinceEpoch: Int64) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  /// The timestamp `seconds` later (earlier when negative).
  public func adding(seconds: Int) -> Timestamp {
    Timestamp(secondsSinceEpoch: secondsSinceEpoch + Int64(seconds))
  }

  /// Orders timestamps from earlier to later.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }

  /// Decodes a bare integer number of seconds.
  public init(from decoder: any Decoder) throws {
    secondsSinceEpoch = try decoder.singleValueContainer().decode(Int64.self)
  }

  /// Encodes a bare integer number of seconds.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(secondsSinceEpoch)
  }
}
