import VigilBase

extension Checkpoint {
  /// Verifies a signed checkpoint against the signer's key set and reads it.
  ///
  /// - Throws: ``SigningError``: any failure of ``CompactJWS/verify(_:keys:expectedType:)`` (the `typ`
  ///   must be ``tokenType``), or ``SigningError/Code/malformedCheckpoint`` when the payload is not a
  ///   checkpoint in canonical form.
  public init(verifying token: String, against keys: JWKSet) throws(SigningError) {
    let verified = try CompactJWS.verify(token, keys: keys, expectedType: Self.tokenType)
    try self.init(payload: verified.payload)
  }

  /// Reads a checkpoint from its canonical JSON bytes (the payload of a signed checkpoint).
  ///
  /// Only `link`, `sequence` and `signedAt` are allowed, and the bytes must be exactly the canonical
  /// form, so one checkpoint has one encoding.
  public init(payload: [UInt8]) throws(SigningError) {
    func fail(_ reason: String) -> SigningError { SigningError(.malformedCheckpoint, "the checkpoint \(reason)") }
    let value: JSONValue
    do {
      value = try StrictJSONParser.parse(payload)
    } catch {
      throw fail("is not JSON: \(error.reason)")
    }
    guard case .object(let object) = value else { throw fail("is \(value.kindName), not a JSON object") }
    if let extra = object.names.first(where: { !["link", "sequence", "signedAt"].contains($0) }) {
      throw fail("has a member \(Echo.quoted(extra)) that a checkpoint does not have")
    }
    guard case .string(let link)? = object["link"] else { throw fail("has no string \"link\"") }
    guard case .integer(let sequence)? = object["sequence"] else { throw fail("has no integer \"sequence\"") }
    var signedAt: Int64? = nil
    if let member = object["signedAt"] {
      guard case .integer(let seconds) = member else { throw fail("has \"signedAt\" that is not an integer") }
      signedAt = seconds
    }
    try self.init(sequence: sequence, link: link, signedAt: signedAt)
    guard try canonicalBytes() == payload else { throw fail("is not in canonical form (RFC 8785)") }
  }
}
