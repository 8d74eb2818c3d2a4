import VigilBase

/// A ledger head to be signed: the sequence number of the last event and its link hash, and when it
/// was signed.
///
/// As a JWS payload it is canonical JSON (RFC 8785), e.g.
/// `{"link":"9f86d0…","sequence":42,"signedAt":1796000000}`, signed with `typ` ``tokenType``, so a
/// board's auditor can re-derive the bytes. `signedAt` is left out when nil.
public struct Checkpoint: Sendable, Hashable {
  /// The `typ` of a signed checkpoint's JWS header.
  public static let tokenType = "vigil-checkpoint+jws"

  /// The sequence number of the event the head ends with (0 through 2^53 − 1).
  public let sequence: Int64
  /// The event's link hash: 64 lowercase hex digits.
  public let link: String
  /// When the checkpoint was signed, in seconds since 1970-01-01T00:00:00Z (a JWT NumericDate).
  public let signedAt: Int64?

  /// A checkpoint of the head (`sequence`, `link`).
  ///
  /// The ledger passes `signedAt` (the module never reads the clock).
  /// - Throws: ``SigningError/Code/malformedCheckpoint`` when the sequence or time is out of range or
  ///   the link is not 64 lowercase hex digits.
  public init(sequence: Int64, link: String, signedAt: Int64? = nil) throws(SigningError) {
    let range: ClosedRange<Int64> = 0...CanonicalJSON.maximumInteger
    guard range.contains(sequence) else {
      throw SigningError(.malformedCheckpoint, "a checkpoint's sequence \(sequence) is outside 0 through 2^53 − 1")
    }
    guard link.utf8.count == 64, link.utf8.allSatisfy({ CanonicalJSON.hexDigits.contains($0) }) else {
      throw SigningError(.malformedCheckpoint, "a checkpoint's link \(Echo.quoted(link)) is not 64 lowercase hex digits")
    }
    if let signedAt, !range.contains(signedAt) {
      throw SigningError(.malformedCheckpoint, "a checkpoint's signedAt \(signedAt) is outside 0 through 2^53 − 1")
    }
    self.sequence = sequence
    self.link = link
    self.signedAt = signedAt
  }

  /// The canonical JSON bytes that are signed.
  public func canonicalBytes() throws(SigningError) -> [UInt8] {
    var json = CanonicalJSON()
    json.field("link", link)
    json.field("sequence", sequence)
    if let signedAt { json.field("signedAt", signedAt) }
    do {
      return try json.finished()
    } catch {
      throw SigningError(.malformedCheckpoint, "cannot write the checkpoint (\(error))")
    }
  }
}
