import Testing
import VigilLedger
import VigilSigning

/// A board's trusted providers (schema versions 3 and 6): a name holds one key set, which grows when the
/// provider rotates its key, a key has one name ever, and removal keeps the provider's row and history.
@Suite struct BoardTrustTests {
  @Test func trustingTheSameKeysAgainChangesNothing() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    let keys = BoardFixture.keys()
    let first = try ledger.trustProvider(name: "acme-ce", keys: keys)
    #expect(first.change == .trusted && first.provider.name == "acme-ce" && first.provider.isTrusted)
    let events = try fixture.eventCount()
    #expect(events == 2)  // ledger.created, provider.trusted
    let again = try ledger.trustProvider(name: "acme-ce", keys: keys)
    #expect(again.change == .unchanged && again.provider == first.provider)
    #expect(try fixture.eventCount() == events)
    #expect(try ledger.trustedProvider(keyID: keys.keys[0].keyID)?.name == "acme-ce")
    #expect(try ledger.verify().isIntact)
  }

  @Test func aNameHoldsOneKeySetAndAKeyHasOneName() throws {
    let ledger = try LedgerFixture().open(mode: .createForBoard)
    let keys = BoardFixture.keys()
    try ledger.trustProvider(name: "acme-ce", keys: keys)
    let otherKeys = try #require(#expect(throws: LedgerError.self) {
      try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    })
    #expect(otherKeys.code == .conflict)
    #expect(
      otherKeys.message.hasPrefix(
        "the key set leaves out the key \(keys.keys[0].keyID), which acme-ce is trusted with: a provider that rotates"))
    let sameKey = try #require(#expect(throws: LedgerError.self) { try ledger.trustProvider(name: "other-ce", keys: keys) })
    #expect(sameKey.code == .conflict)
    #expect(sameKey.message == "the key \(keys.keys[0].keyID) is already trusted under the name acme-ce; a key has one name")
    let overlapping = JWKSet(keys: BoardFixture.keys().keys + keys.keys)
    #expect(throws: LedgerError.self) { try ledger.trustProvider(name: "other-ce", keys: overlapping) }
    #expect(try ledger.trustedProviders().map(\.name) == ["acme-ce"])
  }

  @Test func removingKeepsTheRowAndItsHistory() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    let keys = BoardFixture.keys()
    try ledger.trustProvider(name: "acme-ce", keys: keys)
    let removed = try ledger.removeProvider(name: "acme-ce")
    #expect(removed.removedAt == 1_780_000_000 && !removed.isTrusted)
    #expect(try ledger.trustedProvider(keyID: keys.keys[0].keyID) == nil)
    #expect(try ledger.trustedProviders() == [removed])
    #expect(try fixture.sqlite("SELECT kind FROM events ORDER BY seq") == "ledger.created/1\nprovider.trusted/1\nprovider.removed/1\n")
    #expect(try ledger.verify().isIntact)

    let twice = try #require(#expect(throws: LedgerError.self) { try ledger.removeProvider(name: "acme-ce") })
    #expect(twice.code == .duplicate)
    let reused = try #require(#expect(throws: LedgerError.self) { try ledger.trustProvider(name: "acme-ce", keys: keys) })
    #expect(reused.code == .conflict && reused.message.contains("not used again"))
    // Nor are its keys, under any name: the records it sent would count a second time.
    let renamed = try #require(#expect(throws: LedgerError.self) { try ledger.trustProvider(name: "acme-ce-2", keys: keys) })
    #expect(renamed.code == .conflict)
    #expect(
      renamed.message
        == "the key \(keys.keys[0].keyID) was trusted under the name acme-ce, which was removed: a removed provider's "
        + "keys are not trusted again under any name (the records it sent would count twice)")
    let rotated = JWKSet(keys: keys.keys + BoardFixture.keys().keys)
    #expect(throws: LedgerError.self) { try ledger.trustProvider(name: "acme-ce-2", keys: rotated) }
    #expect(try ledger.trustedProviders().map(\.name) == ["acme-ce"])
  }

  @Test func aRotatedSetAddsItsNewKeysToTheSameProvider() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    let old = BoardFixture.keys()
    let first = try ledger.trustProvider(name: "acme-ce", keys: old)
    let new = BoardFixture.keys().keys[0]
    // `vigil keys init --force` puts the new key first and keeps the old one.
    let rotated = try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: [new] + old.keys))
    #expect(rotated.change == .keysAdded([new.keyID]))
    #expect(rotated.provider.id == first.provider.id && rotated.provider.trustedAt == first.provider.trustedAt)
    #expect(rotated.provider.keys.keys.map(\.keyID) == [new.keyID, old.keys[0].keyID])
    #expect(try ledger.trustedProvider(keyID: new.keyID)?.id == first.provider.id)
    #expect(try ledger.trustedProvider(keyID: old.keys[0].keyID)?.id == first.provider.id)
    #expect(
      try fixture.sqlite("SELECT kind || ' ' || key FROM events ORDER BY seq")
        == "ledger.created/1 ledger/created\nprovider.trusted/1 provider/1/trusted\nprovider.keys-added/1 provider/1/keys/2\n")
    #expect(try ledger.verify().isIntact)

    // The same set again, in either order, changes nothing.
    #expect(try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: old.keys + [new])).change == .unchanged)
    // A set that drops the old key is refused: certificates and batches it signed must still verify.
    let dropped = try #require(#expect(throws: LedgerError.self) {
      try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: [new]))
    })
    #expect(dropped.code == .conflict && dropped.message.contains("leaves out the key \(old.keys[0].keyID)"))
    // A new key another provider holds is refused too.
    let other = BoardFixture.keys()
    try ledger.trustProvider(name: "other-ce", keys: other)
    let taken = try #require(#expect(throws: LedgerError.self) {
      try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: [new] + old.keys + other.keys))
    })
    #expect(taken.message == "the key \(other.keys[0].keyID) is already trusted under the name other-ce; a key has one name")
    #expect(try fixture.eventCount() == 4)
  }

  @Test(arguments: [
    ("a key dropped", "json_remove(key_set, '$.keys[0]')"),
    ("the same set", "key_set"),
  ])
  func theSchemaRefusesAnyOtherChangeOfTheKeys(change: String, keySet: String) throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    let old = BoardFixture.keys()
    try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: BoardFixture.keys().keys + old.keys))
    #expect(throws: FixtureError.self, "\(change)") {
      try fixture.sqlite("UPDATE trusted_providers SET key_set = \(keySet) WHERE id = 1")
    }
    try ledger.removeProvider(name: "acme-ce")
    #expect(throws: FixtureError.self, "a removed provider's keys") {
      try fixture.sqlite("UPDATE trusted_providers SET key_set = json_insert(key_set, '$.keys[#]', 1) WHERE id = 1")
    }
  }

  @Test(arguments: ["Acme", "acme_ce", "-acme", "acme--ce", "", String(repeating: "a", count: 41)])
  func aMalformedNameIsRefused(name: String) throws {
    let ledger = try LedgerFixture().open(mode: .createForBoard)
    let error = try #require(#expect(throws: LedgerError.self) { try ledger.trustProvider(name: name, keys: BoardFixture.keys()) })
    #expect(error.code == .invalidValue)
  }

  @Test func anEmptySetAndAnUnknownNameAreRefused() throws {
    let ledger = try LedgerFixture().open(mode: .createForBoard)
    let empty = try #require(#expect(throws: LedgerError.self) { try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: [])) })
    #expect(empty.code == .invalidValue)
    let unknown = try #require(#expect(throws: LedgerError.self) { try ledger.removeProvider(name: "nobody") })
    #expect(unknown.code == .notFound)
    #expect(unknown.message == "no provider named 'nobody' is trusted; list them with `vigil board trust list`")
  }
}
