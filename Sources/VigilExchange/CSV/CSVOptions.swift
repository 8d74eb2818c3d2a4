/// Limits and behaviour of a ``CSVReader``: every limit is checked as the bytes arrive, so a hostile
/// file is refused without being held in memory.
public struct CSVOptions: Sendable, Hashable {
  /// The most bytes one field may hold (after unquoting).
  public var maximumFieldBytes: Int
  /// The most bytes one record may span, quotes, commas and line breaks included.
  public var maximumRecordBytes: Int
  /// The most fields one record may have.
  public var maximumFields: Int
  /// The most bytes the whole input may have.
  public var maximumFileBytes: Int
  /// Whether to undo Vigil's formula neutralisation (``FormulaNeutralisation``): a field that starts
  /// with `'` followed by any number of further `'` and then `=`, `+`, `-`, `@`, tab or carriage return
  /// loses its first `'`. For files Vigil exported; off for files other programs wrote.
  public var undoesNeutralisation: Bool

  /// Creates options; the defaults suit a file of records a person or a provider wrote.
  public init(
    maximumFieldBytes: Int = 16 * 1024, maximumRecordBytes: Int = 64 * 1024, maximumFields: Int = 256,
    maximumFileBytes: Int = 1 << 30, undoesNeutralisation: Bool = false
  ) {
    self.maximumFieldBytes = maximumFieldBytes
    self.maximumRecordBytes = maximumRecordBytes
    self.maximumFields = maximumFields
    self.maximumFileBytes = maximumFileBytes
    self.undoesNeutralisation = undoesNeutralisation
  }
}
