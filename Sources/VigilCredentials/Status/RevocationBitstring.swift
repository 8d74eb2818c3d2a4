import VigilSigning

/// The bits of a W3C Bitstring Status List: bit `i` is 1 when the certificate at `statusListIndex` `i`
/// is revoked. Index 0 is the most significant bit of the first byte (the specification's left-most
/// bit), so index 9 is `0x40` of byte 1.
///
/// `encodedList` is the Multibase base64url form (`u`, then base64url without padding) of the GZIP
/// (RFC 1952) of the bytes.
public struct RevocationBitstring: Sendable, Hashable {
  /// The bytes, ``StatusListEntry/capacity`` bits or more.
  public private(set) var bytes: [UInt8]

  /// A list of ``StatusListEntry/capacity`` bits, none set.
  public init() {
    bytes = [UInt8](repeating: 0, count: StatusListEntry.capacity / 8)
  }

  /// Reads an `encodedList`.
  ///
  /// - Throws: ``CredentialError/Code/malformedStatusList`` when it is not `u` and base64url of a GZIP
  ///   stream of at least ``StatusListEntry/capacity`` bits.
  public init(encoded: String) throws(CredentialError) {
    guard encoded.hasPrefix("u"), let compressed = Base64URL.decode(encoded.dropFirst()) else {
      throw CredentialError(.malformedStatusList, "the status list's encodedList is not multibase base64url (u…)")
    }
    bytes = try GZip.decompress(compressed)
    guard bytes.count >= StatusListEntry.capacity / 8 else {
      throw CredentialError(
        .malformedStatusList, "the status list holds \(bytes.count * 8) bits, fewer than \(StatusListEntry.capacity)")
    }
  }

  /// The number of bits.
  public var count: Int { bytes.count * 8 }

  /// Whether bit `index` is set; false beyond the list.
  public func isSet(_ index: Int) -> Bool {
    guard index >= 0, index < count else { return false }
    return bytes[index / 8] & (0x80 >> UInt8(index % 8)) != 0
  }

  /// Sets bit `index` (within the list).
  public mutating func set(_ index: Int) {
    precondition(index >= 0 && index < count, "an index within the list")
    bytes[index / 8] |= 0x80 >> UInt8(index % 8)
  }

  /// `encodedList`: `u` and the base64url of the bytes' GZIP.
  public func encoded() throws(CredentialError) -> String {
    "u" + Base64URL.encode(try GZip.compress(bytes))
  }
}
