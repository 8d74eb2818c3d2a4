/// A compact JWS whose signature verified: its header and the payload's bytes.
public struct VerifiedJWS: Sendable, Hashable {
  /// The protected header.
  public let header: JWSHeader
  /// The payload, decoded from base64url.
  public let payload: [UInt8]
}
