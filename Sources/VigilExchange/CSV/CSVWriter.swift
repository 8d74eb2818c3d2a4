/// Writes CSV as RFC 4180 defines it, streaming to a sink: records end with CRLF, a field is quoted
/// when it holds a comma, a quote, a carriage return or a line feed, and a quote inside it is doubled.
///
/// With ``neutralisesFormulas`` (the default for anything a spreadsheet may open), each field goes
/// through ``FormulaNeutralisation`` first: `=SUM(1+1)` is written `'=SUM(1+1)`. ``CSVReader`` with
/// ``CSVOptions/undoesNeutralisation`` reads every field back exactly.
///
/// ```swift
/// var writer = CSVWriter(sink: FileDescriptorSink.standardOutput)
/// try writer.write(["name", "hours"])
/// try writer.write(["=HYPERLINK(\"x\")", "1.5"])
/// try writer.flush()
/// ```
public struct CSVWriter<Sink: ByteSink> {
  /// Whether fields that a spreadsheet would take for a formula get a leading `'`.
  public let neutralisesFormulas: Bool
  private var output: BufferedOutput<Sink>

  /// A writer to `sink`.
  public init(sink: Sink, neutralisesFormulas: Bool = true) {
    output = BufferedOutput(sink)
    self.neutralisesFormulas = neutralisesFormulas
  }

  /// The sink; call ``flush()`` first to have everything written.
  public var sink: Sink { output.sink }

  /// Writes one record.
  ///
  /// A record of one empty field is written `""`, so it is not read back as a blank line.
  public mutating func write(_ fields: [String]) throws(ExchangeError) {
    var line: [UInt8] = []
    line.reserveCapacity(128)
    CSVEncoding.append(fields, neutralisingFormulas: neutralisesFormulas, to: &line)
    try output.write(line)
  }

  /// Writes out everything buffered.
  public mutating func flush() throws(ExchangeError) {
    try output.flush()
  }
}
