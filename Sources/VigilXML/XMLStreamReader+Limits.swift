extension XMLStreamReader {
  /// The limits of a streamed document.
  public struct Limits: Sendable, Hashable {
    /// The largest file, in bytes.
    public var maximumFileBytes: Int
    /// The deepest nesting of elements.
    public var maximumDepth: Int
    /// The most attributes on one element.
    public var maximumAttributes: Int
    /// The most text between two tags (however many comments or CDATA sections split it), and the
    /// longest attribute value, in bytes.
    public var maximumTextBytes: Int

    /// Creates limits; the defaults fit a batch of tens of millions of records.
    public init(
      maximumFileBytes: Int = 8 << 30, maximumDepth: Int = 16, maximumAttributes: Int = 16,
      maximumTextBytes: Int = 64 * 1024
    ) {
      self.maximumFileBytes = maximumFileBytes
      self.maximumDepth = maximumDepth
      self.maximumAttributes = maximumAttributes
      self.maximumTextBytes = maximumTextBytes
    }
  }
}
