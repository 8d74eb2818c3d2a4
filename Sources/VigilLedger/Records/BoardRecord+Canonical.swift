import VigilBase

extension BoardRecord {
  /// The record's canonical JSON (RFC 8785), the documented form its hash is computed over: every
  /// field in key order (`awardedHours` as a decimal number of hours, `completedOn` as `YYYY-MM-DD`,
  /// `reason` and `replaces` only when present, `topics` sorted), with `hash` among them only when
  /// `includingHash` (a JSON Lines record carries its hash; the hash is computed without it).
  public func canonical(includingHash: Bool) -> CanonicalJSON {
    var json = CanonicalJSON(capacity: 1024)
    json.field("approvalMinutes", approvalMinutes)
    json.field("approvalNumber", approvalNumber)
    json.field("approver", approver)
    json.field("awardedHours", hundredths: awardedHundredths)
    json.field("board", board)
    json.field("certificate", certificate)
    json.field("completedOn", completedOn.description)
    json.field("courseID", courseID)
    json.field("courseTitle", courseTitle)
    json.field("courseVersion", courseVersion)
    if includingHash { json.field("hash", hash) }
    json.field("kind", kind.rawValue)
    json.field("learnerName", learnerName)
    json.field("licenseNumber", licenseNumber)
    json.field("licenseType", licenseType)
    if let reason { json.field("reason", reason) }
    if let replaces { json.field("replaces", replaces) }
    json.field("topics", strings: topics)
    return json
  }

  /// SHA-256 of the canonical form without the hash, as 64 lowercase hex digits: the hash the record's
  /// fields give, which ``hash`` must be. Nil when a field cannot be written canonically (an integer
  /// out of range).
  public var computedHash: String? {
    guard let bytes = try? canonical(includingHash: false).finished() else { return nil }
    return ChainHash.hash(bytes)
  }
}
