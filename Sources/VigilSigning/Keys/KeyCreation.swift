/// What `SigningKeyStore.create(rotating:)` did: the new key, the key it retired, and the set to publish.
public struct KeyCreation: Sendable {
  /// The new current key's public JWK.
  public let key: JWK
  /// The key that signed until now, when the call rotated; it stays in ``publicKeys``.
  public let retired: JWK?
  /// Every public key after the call: the new one first, then the retired ones.
  public let publicKeys: JWKSet
  /// The key file's path.
  public let path: String
}
