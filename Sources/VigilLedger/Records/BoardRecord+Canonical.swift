import Crypto
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
    computedDigest.map(ChainHash.hex)
  }

  /// Whether ``hash`` is the hash of the fields, compared digit by digit (a batch import asks it of
  /// millions of records).
  var hashMatchesFields: Bool {
    guard hash.utf8.count == 64, let bytes = try? canonical(includingHash: false).finished() else { return false }
    var hash = hash
    return bytes.withUnsafeBytes { SHA256.hash(data: $0) }.withUnsafeBytes { digest in
      hash.withUTF8 { digits in
        for index in 0..<32 {
          let byte = digest[index]
          guard digits[2 * index] == Self.hexDigits[Int(byte >> 4)], digits[2 * index + 1] == Self.hexDigits[Int(byte & 0x0F)]
          else { return false }
        }
        return true
      }
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// SHA-256 of the canonical form without the hash; nil when it cannot be written.
  private var computedDigest: [UInt8]? {
    guard let bytes = try? canonical(includingHash: false).finished() else { return nil }
    return ChainHash.digest(bytes)
  }
}
