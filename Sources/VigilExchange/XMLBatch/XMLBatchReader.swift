import VigilBase
import VigilLedger
import VigilSchemas
import VigilXML

/// Reads an XML completion batch with libxml2's streaming reader, validating it against
/// `completion-batch.xsd` as it goes: the header when opened, then one record at a time, then the
/// count, which must match the records read.
public final class XMLBatchReader: RecordSource {
  /// The batch's header.
  public private(set) var header: BatchHeader?
  private let stream: XMLStreamReader
  private var records = 0

  /// Opens a batch and reads its header.
  ///
  /// - Parameter observer: Called with every chunk of the file as it is read, in order; nil for none.
  /// - Throws: ``ExchangeError/Code/malformed`` when the file is not a batch (the message names the
  ///   line and column), ``ExchangeError/Code/storage`` when it cannot be read.
  public init(
    path: String, limits: XMLStreamReader.Limits = XMLStreamReader.Limits(),
    observer: ((UnsafeRawBufferPointer) -> Void)? = nil
  ) throws(ExchangeError) {
    do {
      // Compiled per reader: libxml2 advises one schema per thread, and it takes a millisecond.
      let schema = try XMLSchema(text: VigilSchemas.text(of: .completionBatch), named: "completion-batch.xsd")
      stream = try XMLStreamReader(
        path: path, namespace: XMLBatchEncoder.namespace, schema: schema, limits: limits, observer: observer)
    } catch {
      throw Self.mapped(error)
    }
    header = try readHeader()
  }

  /// The next record, or nil after `</records>` (the `<count>` checked against the records read).
  public func nextRecord() throws(ExchangeError) -> ReadRecord? {
    while let event = try next() {
      switch event {
      case .start("record", let attributes):
        return try readRecord(attributes)
      case .start("count", _):
        let text = try readText("count")
        guard Int(text) == records else {
          throw ExchangeError(
            .malformed, "\(stream.path):\(stream.line): <count> says \(text) records but the batch holds \(records)")
        }
        while try next() != nil {}
        return nil
      default:
        continue
      }
    }
    return nil
  }

  // MARK: - Header

  private func readHeader() throws(ExchangeError) -> BatchHeader {
    var fields: [String: String] = [:]
    var proof: [String] = []
    var since: ChainHead?
    var parents: [String] = []
    while let event = try next() {
      switch event {
      case .start("records", _):
        return try header(fields, since: since, proof: proof)
      case .start(let name, let attributes):
        for attribute in attributes { fields["\(name)@\(attribute.name)"] = attribute.value }
        if name == "proof" {
          since = try head(attributes.first { $0.name == "since" }?.value, attributes.first { $0.name == "link" }?.value)
        }
        parents.append(name)
      case .text(let text):
        guard let current = parents.last else { continue }
        if current == "event" { proof.append(text) } else { fields[current, default: ""] += text }
      case .end:
        parents.removeLast()
      }
    }
    throw ExchangeError(.malformed, "\(stream.path): the batch ends before its <records>")
  }

  private func header(_ fields: [String: String], since: ChainHead?, proof: [String]) throws(ExchangeError) -> BatchHeader {
    func day(_ key: String) throws(ExchangeError) -> CalendarDate? {
      guard let text = fields[key] else { return nil }
      guard let date = CalendarDate(text) else { throw malformed("\(key) \(Echo.quoted(text)) is not a date") }
      return date
    }
    guard let generated = fields["generated"].flatMap(InstantText.parse) else { throw malformed("<generated> is not an instant") }
    return BatchHeader(
      providerName: fields["name"] ?? "", providerWeb: fields["web"], ledgerID: fields["provider@ledger"] ?? "",
      keyID: fields["provider@key"] ?? "", board: fields["board"] ?? "", from: try day("period@from"),
      through: try day("period@through"), generatedAt: generated,
      head: try head(fields["head@sequence"], fields["head@link"]) ?? ChainHead(sequence: 0, link: ""),
      checkpoint: fields["checkpoint"] ?? "", since: since, proof: proof)
  }

  private func head(_ sequence: String?, _ link: String?) throws(ExchangeError) -> ChainHead? {
    guard let sequence, let link else { return nil }
    do {
      return try ChainHead(parsing: sequence + ":" + link)
    } catch {
      throw malformed(error.message)
    }
  }

  // MARK: - Records

  private func readRecord(_ attributes: [(name: String, value: String)]) throws(ExchangeError) -> ReadRecord {
    let line = stream.line
    var values: [String: String] = [:]
    for attribute in attributes { values["record@" + attribute.name] = attribute.value }
    var topics: [String] = []
    var current: String?
    while let event = try next() {
      switch event {
      case .start(let name, let attributes):
        current = name
        for attribute in attributes { values["\(name)@\(attribute.name)"] = attribute.value }
      case .text(let text):
        guard let current else { continue }
        if current == "topic" { topics.append(text) } else { values[current, default: ""] += text }
      case .end("record"):
        records += 1
        return try record(values, topics: topics, line: line)
      case .end:
        current = nil
      }
    }
    throw ExchangeError(.malformed, "\(stream.path):\(line): the record does not end")
  }

  private func record(_ values: [String: String], topics: [String], line: Int) throws(ExchangeError) -> ReadRecord {
    let position = "line \(line)"
    func value(_ key: String) -> String { values[key] ?? "" }
    guard let kind = RecordKind(rawValue: value("record@kind")) else { throw malformed("\(position): unknown record kind") }
    guard let minutes = Int(value("approval@minutes")) else { throw malformed("\(position): approval minutes not a number") }
    guard let hours = ExactDecimal.hundredths(value("awardedHours")) else {
      throw malformed("\(position): awardedHours \(Echo.quoted(value("awardedHours"))) is not hours with at most two decimals")
    }
    guard let completedOn = CalendarDate(value("completedOn")) else {
      throw malformed("\(position): completedOn \(Echo.quoted(value("completedOn"))) is not a date")
    }
    let record = CompletionRecord(
      kind: kind, certificate: value("record@certificate"), learnerName: value("learnerName"),
      board: value("license@board"), licenseType: value("license@type"), licenseNumber: value("license@number"),
      courseID: value("course@id"), courseVersion: value("course@version"), courseTitle: value("course"),
      approver: value("approval@approver"), approvalNumber: value("approval@number"), approvalMinutes: minutes,
      awardedHundredths: hours, completedOn: completedOn, topics: topics, replaces: values["replaces"],
      reason: values["reason"])
    return ReadRecord(record: record, claimedHash: value("record@hash"), position: position)
  }

  // MARK: - Stream

  private func next() throws(ExchangeError) -> XMLStreamReader.Event? {
    do {
      return try stream.next()
    } catch {
      throw Self.mapped(error)
    }
  }

  private func readText(_ name: String) throws(ExchangeError) -> String {
    var text = ""
    while let event = try next() {
      switch event {
      case .text(let part): text += part
      case .end(name): return text
      default: continue
      }
    }
    return text
  }

  private func malformed(_ reason: String) -> ExchangeError {
    ExchangeError(.malformed, "\(stream.path): \(reason)")
  }

  private static func mapped(_ error: XMLError) -> ExchangeError {
    switch error.code {
    case .unreadable: ExchangeError(.unreadable, error.message)
    case .malformed: ExchangeError(.malformed, error.message)
    case .schemaUnusable: ExchangeError(.storage, error.message)
    }
  }
}
