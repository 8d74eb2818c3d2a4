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
    while let node = try advance() {
      guard node == .start else { continue }
      switch stream.name {
      case "record":
        return try readRecord()
      case "count":
        // XML Schema collapses the white space around an integer, and so does this.
        let text = try readText("count")
        guard Int(Self.collapsed(text)) == records else {
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
    // The proof's hashes are folded as they come, so a proof of millions of events takes one link's memory.
    var proof: HeadProof?
    var parents: [String] = []
    while let event = try next() {
      switch event {
      case .start("records", _):
        return try header(fields, proof: proof)
      case .start(let name, let attributes):
        for attribute in attributes { fields["\(name)@\(attribute.name)"] = attribute.value }
        if name == "proof" {
          proof = HeadProof(
            from: try head(attributes.first { $0.name == "since" }?.value, attributes.first { $0.name == "link" }?.value))
        }
        parents.append(name)
      case .text(let text):
        guard let current = parents.last else { continue }
        if current == "event" {
          do {
            try proof?.append(eventHash: text)
          } catch {
            throw malformed(error.message)
          }
        } else {
          fields[current, default: ""] += text
        }
      case .end:
        parents.removeLast()
      }
    }
    throw ExchangeError(.malformed, "\(stream.path): the batch ends before its <records>")
  }

  private func header(_ fields: [String: String], proof: HeadProof?) throws(ExchangeError) -> BatchHeader {
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
      checkpoint: fields["checkpoint"] ?? "", since: proof?.from, proof: proof)
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

  /// The record the reader is at the start of, read through its end (its fields taken straight from
  /// the stream's nodes: a batch has millions).
  private func readRecord() throws(ExchangeError) -> ReadRecord {
    let line = stream.line
    var values = RecordValues()
    try takeAttributes(of: "record", into: &values)
    var current: String?
    while let node = try advance() {
      switch node {
      case .start:
        current = stream.name
        try takeAttributes(of: stream.name, into: &values)
      case .text:
        guard let current else { continue }
        values.take(stream.text, in: current)
      case .end:
        guard stream.name == "record" else {
          if values.topic != nil { values.endTopic() }  // a topic's text ends with its element
          current = nil
          continue
        }
        records += 1
        return try record(values, line: line)
      }
    }
    throw ExchangeError(.malformed, "\(stream.path):\(line): the record does not end")
  }

  /// Takes the attributes of the element `element` the stream is at.
  private func takeAttributes(of element: String, into values: inout RecordValues) throws(ExchangeError) {
    do {
      try stream.forEachAttribute { name, value in values.take(element, name, value) }
    } catch {
      throw Self.mapped(error)
    }
  }

  /// A `<record>`'s attributes and texts as they are read, each kept where the schema puts it.
  private struct RecordValues {
    var kind = "", certificate = "", hash = ""
    var learnerName = ""
    var board = "", licenseType = "", licenseNumber = ""
    var courseID = "", courseVersion = "", courseTitle = ""
    var approver = "", approvalNumber = "", minutes = ""
    var awardedHours = "", completedOn = ""
    var topics: [String] = []
    /// The text of the `<topic>` being read, which may come in parts (a comment or CDATA inside it).
    var topic: String?
    var replaces: String?
    var reason: String?

    /// Takes one attribute of an element.
    mutating func take(_ element: String, _ name: String, _ value: String) {
      // The element first, then the name: a few comparisons of strings rather than one a pair.
      switch element {
      case "record":
        switch name {
        case "kind": kind = value
        case "certificate": certificate = value
        case "hash": hash = value
        default: return
        }
      case "license":
        switch name {
        case "board": board = value
        case "type": licenseType = value
        case "number": licenseNumber = value
        default: return
        }
      case "course":
        switch name {
        case "id": courseID = value
        case "version": courseVersion = value
        default: return
        }
      case "approval":
        switch name {
        case "approver": approver = value
        case "number": approvalNumber = value
        case "minutes": minutes = value
        default: return
        }
      default: return
      }
    }

    /// Ends a `<topic>`: its text, however many parts it came in, is one topic.
    mutating func endTopic() {
      if let topic { topics.append(topic) }
      topic = nil
    }

    /// Takes text inside an element (a text may come in parts).
    mutating func take(_ text: String, in element: String) {
      switch element {
      case "topic": topic = topic.map { $0 + text } ?? text
      case "learnerName": learnerName += text
      case "course": courseTitle += text
      case "awardedHours": awardedHours += text
      case "completedOn": completedOn += text
      case "replaces": replaces = (replaces ?? "") + text
      case "reason": reason = (reason ?? "") + text
      default: return
      }
    }
  }

  private func record(_ values: RecordValues, line: Int) throws(ExchangeError) -> ReadRecord {
    let position = "line \(line)"
    guard let kind = RecordKind(rawValue: values.kind) else { throw malformed("\(position): unknown record kind") }
    // XML Schema collapses the white space around an integer or a date; the strings stay as written.
    guard let minutes = Int(Self.collapsed(values.minutes)) else {
      throw malformed("\(position): approval minutes not a number")
    }
    guard let hours = ExactDecimal.hundredths(values.awardedHours) else {
      throw malformed(
        "\(position): awardedHours \(Echo.quoted(values.awardedHours)) is not hours with at most two decimals")
    }
    guard let completedOn = CalendarDate(Self.collapsed(values.completedOn)) else {
      throw malformed("\(position): completedOn \(Echo.quoted(values.completedOn)) is not a date")
    }
    let record = CompletionRecord(
      kind: kind, certificate: values.certificate, learnerName: values.learnerName, board: values.board,
      licenseType: values.licenseType, licenseNumber: values.licenseNumber, courseID: values.courseID,
      courseVersion: values.courseVersion, courseTitle: values.courseTitle, approver: values.approver,
      approvalNumber: values.approvalNumber, approvalMinutes: minutes, awardedHundredths: hours,
      completedOn: completedOn, topics: values.topics, replaces: values.replaces, reason: values.reason)
    return ReadRecord(record: record, claimedHash: values.hash, position: position)
  }

  // MARK: - Stream

  private func next() throws(ExchangeError) -> XMLStreamReader.Event? {
    do {
      return try stream.next()
    } catch {
      throw Self.mapped(error)
    }
  }

  private func advance() throws(ExchangeError) -> XMLStreamReader.Node? {
    do {
      return try stream.advance()
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

  /// The text without the XML white space (space, tab, carriage return, line feed) around it, as XML
  /// Schema reads an integer or a date.
  private static func collapsed(_ text: String) -> String {
    // Most values have none, which their first and last bytes tell (a million records read two each).
    var native = text
    let isPadded = native.withUTF8 { bytes in
      guard let first = bytes.first, let last = bytes.last else { return false }
      return isSpace(first) || isSpace(last)
    }
    guard isPadded else { return text }
    guard let first = text.utf8.firstIndex(where: { !isSpace($0) }), let last = text.utf8.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(text[first...last])
  }

  /// Whether a byte is XML white space.
  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

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
