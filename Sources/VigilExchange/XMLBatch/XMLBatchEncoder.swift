import VigilBase

/// Vigil's XML completion batch (`Schemas/completion-batch.xsd`, namespace ``namespace``): the header
/// (provider, board, period, the signed head and the proof it extends the last one sent), then each
/// record with its certificate number and hash, then the record count. The proof's event hashes come
/// one at a time after the header (``appendProof(eventHash:into:)``); the records' element opens with
/// the first record or the end.
struct XMLBatchEncoder: RecordByRecordEncoder {
  /// The batch vocabulary's namespace.
  static let namespace = "urn:vigil:completion-batch:1"
  /// Whether the proof's element is open: closed, and the records' opened, before the first record.
  private var inProof = false

  mutating func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<batch xmlns=\"\(Self.namespace)\" version=\"1\">\n"
    if let header {
      text += "  <provider ledger=\"\(Self.escaped(header.ledgerID))\" key=\"\(Self.escaped(header.keyID))\">\n"
      text += "    <name>\(Self.escaped(header.providerName))</name>\n"
      if let web = header.providerWeb { text += "    <web>\(Self.escaped(web))</web>\n" }
      text += "  </provider>\n"
      text += "  <board>\(Self.escaped(header.board))</board>\n"
      text += "  <period"
      if let from = header.from { text += " from=\"\(from)\"" }
      if let through = header.through { text += " through=\"\(through)\"" }
      text += "/>\n"
      text += "  <generated>\(InstantText.format(header.generatedAt))</generated>\n"
      text += "  <head sequence=\"\(header.head.sequence)\" link=\"\(header.head.link)\">\n"
      text += "    <checkpoint>\(Self.escaped(header.checkpoint))</checkpoint>\n  </head>\n"
      if let since = header.since {
        text += "  <proof since=\"\(since.sequence)\" link=\"\(since.link)\">\n"
        inProof = true
      }
    }
    if !inProof { text += "  <records>\n" }
    bytes.append(contentsOf: text.utf8)
  }

  func appendProof(eventHash: String, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: "    <event>\(eventHash)</event>\n".utf8)
  }

  /// Closes the proof and opens the records, once.
  private mutating func endProof(into bytes: inout [UInt8]) {
    guard inProof else { return }
    bytes.append(contentsOf: "  </proof>\n  <records>\n".utf8)
    inProof = false
  }

  mutating func append(_ record: CompletionRecord, hash: String, into bytes: inout [UInt8]) {
    endProof(into: &bytes)
    var text = "    <record kind=\"\(record.kind.rawValue)\" certificate=\"\(Self.escaped(record.certificate))\" hash=\"\(hash)\">\n"
    text += "      <learnerName>\(Self.escaped(record.learnerName))</learnerName>\n"
    text += "      <license board=\"\(Self.escaped(record.board))\" type=\"\(Self.escaped(record.licenseType))\""
    text += " number=\"\(Self.escaped(record.licenseNumber))\"/>\n"
    text += "      <course id=\"\(Self.escaped(record.courseID))\" version=\"\(Self.escaped(record.courseVersion))\">"
    text += Self.escaped(record.courseTitle) + "</course>\n"
    text += "      <approval approver=\"\(Self.escaped(record.approver))\" number=\"\(Self.escaped(record.approvalNumber))\""
    text += " minutes=\"\(record.approvalMinutes)\"/>\n"
    text += "      <awardedHours>\(HoursText.format(hundredths: record.awardedHundredths))</awardedHours>\n"
    text += "      <completedOn>\(record.completedOn)</completedOn>\n"
    for topic in record.topics { text += "      <topic>\(Self.escaped(topic))</topic>\n" }
    if let replaces = record.replaces { text += "      <replaces>\(replaces)</replaces>\n" }
    if let reason = record.reason { text += "      <reason>\(Self.escaped(reason))</reason>\n" }
    text += "    </record>\n"
    bytes.append(contentsOf: text.utf8)
  }

  mutating func end(records: Int, into bytes: inout [UInt8]) {
    endProof(into: &bytes)
    bytes.append(contentsOf: "  </records>\n  <count>\(records)</count>\n</batch>\n".utf8)
  }

  /// `&`, `<`, `>` and `"`.
  private static let specialBytes: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22]

  /// Text escaped for element content and attribute values.
  static func escaped(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || specialBytes.contains($0) }) else {
      return text
    }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t", "\n", "\r": result += "&#\(scalar.value);"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
