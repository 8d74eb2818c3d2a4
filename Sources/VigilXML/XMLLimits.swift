/// The limits that keep hostile files from exhausting memory, stack or time.
public struct XMLLimits: Sendable, Hashable {
  /// The largest file accepted, in bytes.
  public var maximumFileBytes: Int
  /// The deepest nesting of elements accepted.
  public var maximumDepth: Int

  /// Creates limits.
  public init(maximumFileBytes: Int = 16 * 1024 * 1024, maximumDepth: Int = 64) {
    self.maximumFileBytes = maximumFileBytes
    self.maximumDepth = maximumDepth
  }

  /// 16 MiB and 64 levels: far above any real course file.
  public static let standard = XMLLimits()
}
