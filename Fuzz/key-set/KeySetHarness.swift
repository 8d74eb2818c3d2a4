import VigilSigning

/// Runs one fuzz input as a published key set is read (`JWKSet(published:)`).
///
/// Beyond "no trap, no hang", it checks what the reader promises: a refusal is `malformed-key-set` in
/// one line; a set that reads holds at least one key, each key's id is its RFC 7638 thumbprint
/// (reading the set's own JSON again gives the same ids), and the set's JSON reads back as the same set.
enum KeySetHarness {
  static func run(_ input: UnsafeBufferPointer<UInt8>) {
    let keys: JWKSet
    do {
      keys = try JWKSet(published: Array(input))
    } catch {
      precondition(error.code == .malformedKeySet, "a key set was refused as \(error.code.rawValue): \(error.message)")
      precondition(!error.message.contains("\n"), "a refusal spans lines: \(error.message)")
      return
    }
    precondition(!keys.keys.isEmpty, "a published key set read without keys")
    let again: JWKSet
    do {
      again = try JWKSet(published: keys.jsonBytes)
    } catch {
      preconditionFailure("a key set's own JSON does not read back: \(error.message)")
    }
    precondition(again.keys.map(\.keyID) == keys.keys.map(\.keyID), "a key set's ids changed on a round trip")
  }
}
