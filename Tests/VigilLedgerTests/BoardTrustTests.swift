import Testing
import VigilLedger
import VigilSigning

/// A board's trusted providers (schema version 3): a name holds one key set, a key has one name, and
/// removal keeps the provider's row and history.
@Suite struct BoardTrustTests {
  @Test func trustingTheSameKeysAgainChangesNothing() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    let keys = BoardFixture.keys()
    let first = try ledger.trustProvider(name: "acme-ce", keys: keys)
    #expect(first.isNew && first.provider.name == "acme-ce" && first.provider.isTrusted)
    let events = try fixture.eventCount()
    #expect(events == 2)  // ledger.created, provider.trusted
    let again = try ledger.trustProvider(name: "acme-ce", keys: keys)
    #expect(!again.isNew && again.provider == first.provider)
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
    #expect(otherKeys.message.hasPrefix("the name acme-ce already trusts another key set (key \(keys.keys[0].keyID))"))
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
    // The removed provider's keys are no longer trusted, so another name may take them.
    #expect(try ledger.trustProvider(name: "acme-ce-2", keys: keys).isNew)
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
