import VigilBase
import VigilSigning

/// The fields of a record given as a JSON object (a JSON Lines line), read strictly: every field of
/// the canonical form with its JSON type, `hash`, and no member Vigil does not write.
struct RecordFields {
  let object: JSONObject
  let position: String

  static let known: Set<String> = [
    "approvalMinutes", "approvalNumber", "approver", "awardedHours", "board", "certificate", "completedOn",
    "courseID", "courseTitle", "courseVersion", "hash", "kind", "learnerName", "licenseNumber", "licenseType",
    "reason", "replaces", "topics",
  ]

  func read(position place: String) throws(ExchangeError) -> ReadRecord {
    if let extra = object.names.first(where: { !Self.known.contains($0) }) {
      throw malformed("has a member \(Echo.quoted(extra)) that is not a record field")
    }
    guard let kind = RecordKind(rawValue: try string("kind")) else { throw malformed("has an unknown kind") }
    guard let completedOn = CalendarDate(try string("completedOn")) else { throw malformed("completedOn is not a date") }
    var topics: [String] = []
    guard case .array(let items)? = object["topics"] else { throw malformed("topics is not an array") }
    for item in items {
      guard case .string(let topic) = item else { throw malformed("a topic is not a string") }
      topics.append(topic)
    }
    let record = CompletionRecord(
      kind: kind, certificate: try string("certificate"), learnerName: try string("learnerName"),
      board: try string("board"), licenseType: try string("licenseType"), licenseNumber: try string("licenseNumber"),
      courseID: try string("courseID"), courseVersion: try string("courseVersion"),
      courseTitle: try string("courseTitle"), approver: try string("approver"),
      approvalNumber: try string("approvalNumber"), approvalMinutes: try integer("approvalMinutes"),
      awardedHundredths: try hundredths("awardedHours"), completedOn: completedOn, topics: topics,
      replaces: try optionalString("replaces"), reason: try optionalString("reason"))
    return ReadRecord(record: record, claimedHash: try string("hash"), position: place)
  }

  private func string(_ key: String) throws(ExchangeError) -> String {
    guard case .string(let value)? = object[key] else { throw malformed("has no string \(key)") }
    return value
  }

  private func optionalString(_ key: String) throws(ExchangeError) -> String? {
    guard let value = object[key] else { return nil }
    guard case .string(let text) = value else { throw malformed("has \(key) that is not a string") }
    return text
  }

  private func integer(_ key: String) throws(ExchangeError) -> Int {
    guard case .integer(let value)? = object[key], let small = Int(exactly: value) else {
      throw malformed("has no whole number \(key)")
    }
    return small
  }

  private func hundredths(_ key: String) throws(ExchangeError) -> Int {
    switch object[key] {
    case .integer(let whole)?:
      guard let small = Int(exactly: whole), case let (value, false) = small.multipliedReportingOverflow(by: 100) else {
        throw malformed("has \(key) out of range")
      }
      return value
    case .number(let text)?:
      guard let value = ExactDecimal.hundredths(text) else {
        throw malformed("has \(key) that is not a number with at most two decimals")
      }
      return value
    default:
      throw malformed("has no number \(key)")
    }
  }

  private func malformed(_ reason: String) -> ExchangeError {
    ExchangeError(.malformed, "\(position): the record \(reason)")
  }
}
