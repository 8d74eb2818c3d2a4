/// The limits that keep hostile files from exhausting memory, stack or time.
///
/// The pre-scan enforces the shape limits before libxml2 sees a file, because libxml2's cost grows
/// faster than the file on some shapes of a single element (many attributes or namespace declarations).
/// Every limit is far above what a real course or board file needs.
public struct XMLLimits: Sendable, Hashable {
  /// The largest file accepted, in bytes.
  public var maximumFileBytes: Int
  /// The deepest nesting of elements accepted.
  public var maximumDepth: Int
  /// The most attributes on one element (namespace declarations not counted).
  public var maximumAttributesPerElement: Int
  /// The most namespace declarations (`xmlns`, `xmlns:p`) on one element.
  public var maximumNamespaceDeclarationsPerElement: Int
  /// The longest attribute value, in bytes as written in the file.
  public var maximumAttributeValueBytes: Int
  /// The longest element or attribute name, prefix included, in bytes.
  public var maximumNameBytes: Int
  /// The most schema errors reported on one element; the rest are counted in one "N more" issue.
  public var maximumIssuesPerElement: Int
  /// The most issues of one kind (schema errors, control characters) reported for one file; the rest
  /// are counted in one "N more" issue.
  public var maximumIssuesPerFile: Int
  /// The most bytes read for one course package, all its distinct files together.
  public var maximumPackageBytes: Int

  /// Creates limits.
  public init(
    maximumFileBytes: Int = 16 * 1024 * 1024, maximumDepth: Int = 64, maximumAttributesPerElement: Int = 256,
    maximumNamespaceDeclarationsPerElement: Int = 32, maximumAttributeValueBytes: Int = 64 * 1024,
    maximumNameBytes: Int = 256, maximumIssuesPerElement: Int = 10, maximumIssuesPerFile: Int = 200,
    maximumPackageBytes: Int = 64 * 1024 * 1024
  ) {
    self.maximumFileBytes = maximumFileBytes
    self.maximumDepth = maximumDepth
    self.maximumAttributesPerElement = maximumAttributesPerElement
    self.maximumNamespaceDeclarationsPerElement = maximumNamespaceDeclarationsPerElement
    self.maximumAttributeValueBytes = maximumAttributeValueBytes
    self.maximumNameBytes = maximumNameBytes
    self.maximumIssuesPerElement = maximumIssuesPerElement
    self.maximumIssuesPerFile = maximumIssuesPerFile
    self.maximumPackageBytes = maximumPackageBytes
  }

  /// 16 MiB per file, 64 MiB per package, 64 levels, 256 attributes and 32 namespace declarations per
  /// element, 64 KiB per attribute value, 256-byte names; 10 schema errors listed per element and 200
  /// issues of a kind per file.
  public static let standard = XMLLimits()
}
