import Foundation
import Testing
import VigilSigning
import VigilTestSupport

@Suite struct SigningKeyStoreTests {
  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }

  private func link(_ path: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
  }

  @Test func createsAPrivateFolderAndFile() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.appending("new/home"))
    let created = try store.create(rotating: false)
    #expect(created.retired == nil && created.publicKeys.keys == [created.key])
    #expect(created.path == home.appending("new/home/keys/signing.jwks"))
    #expect(try mode(home.appending("new/home")) == 0o700)
    #expect(try mode(store.folderPath) == 0o700)
    #expect(try mode(store.keyFilePath) == 0o600)
    #expect(try store.currentKey().keyID == created.key.keyID)
    // The file is a private JWK Set: refused where a public set is read, so it cannot be published by mistake.
    let file = try String(contentsOfFile: store.keyFilePath, encoding: .utf8)
    expectSigningError(.malformedKeySet, containing: "private key material") { try JWKSet(json: file) }
  }

  @Test func keepsAnExistingKeyUnlessRotating() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    let first = try store.create(rotating: false)
    expectSigningError(.keyExists, containing: "already holds a signing key (\(first.key.keyID)); `vigil keys init --force`") {
      try store.create(rotating: false)
    }
    #expect(try store.currentKey().keyID == first.key.keyID)
  }

  @Test func currentOrNewKeyCreatesTheKeyOnceThenReadsIt() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    let first = try store.currentOrNewKey()
    let created = try #require(first.created, "a home without a key gets one")
    #expect(created.key.keyID == first.key.keyID)
    #expect(try mode(store.keyFilePath) == 0o600)
    let second = try store.currentOrNewKey()
    #expect(second.created == nil)
    #expect(second.key.keyID == first.key.keyID)
    // A damaged key file is reported, never replaced by a new key.
    try Data("{}".utf8).write(to: URL(fileURLWithPath: store.keyFilePath))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: store.keyFilePath)
    expectSigningError(.damagedKeyFile, containing: "is damaged") { try store.currentOrNewKey() }
  }

  @Test func rotationKeepsTheOldPublicKeys() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    let first = try store.create(rotating: false)
    let oldToken = try store.currentKey().signCheckpoint(TestKeys.checkpoint(sequence: 1))
    let second = try store.create(rotating: true)
    #expect(second.retired == first.key)
    #expect(try store.currentKey().keyID == second.key.keyID)
    let third = try store.create(rotating: true)
    #expect(third.retired == second.key)
    let published = try store.publicKeySet()
    #expect(published.keys.map(\.keyID) == [third.key.keyID, second.key.keyID, first.key.keyID])
    // What the first key signed still verifies against the set published after two rotations.
    #expect(try Checkpoint(verifying: oldToken, against: JWKSet(json: published.json)).sequence == 1)
    #expect(try mode(store.keyFilePath) == 0o600)
  }

  @Test func refusesASymbolicLinkAtTheKeyFile() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    try FileManager.default.createDirectory(atPath: store.folderPath, withIntermediateDirectories: true)
    let target = home.appending("elsewhere.jwks")
    try link(store.keyFilePath, to: target)
    expectSigningError(.unsafeKeyFile, containing: "is a symbolic link") { try store.create(rotating: false) }
    expectSigningError(.unsafeKeyFile, containing: "is a symbolic link") { try store.create(rotating: true) }
    #expect(!FileManager.default.fileExists(atPath: target))
    // A link to a real key file is refused too, for reading.
    _ = try SigningKeyStore(homePath: home.appending("real")).create(rotating: false)
    try FileManager.default.removeItem(atPath: store.keyFilePath)
    try link(store.keyFilePath, to: home.appending("real/keys/signing.jwks"))
    expectSigningError(.unsafeKeyFile, containing: "never follows links") { try store.currentKey() }
    expectSigningError(.unsafeKeyFile, containing: "never follows links") { try store.create(rotating: true) }
  }

  @Test func refusesASymbolicLinkAtTheKeysFolder() throws {
    let home = TemporaryDirectory()
    let other = home.appending("other")
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    try link(home.appending("keys"), to: other)
    let store = SigningKeyStore(homePath: home.path)
    expectSigningError(.unsafeKeyFile, containing: "keys is a symbolic link") { try store.create(rotating: false) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: other).isEmpty)
  }

  @Test func refusesAKeyFileOthersCanRead() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    _ = try store.create(rotating: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.keyFilePath)
    expectSigningError(.unsafeKeyFile, containing: "(mode 0644); run `chmod 600 \(store.keyFilePath)`") {
      try store.currentKey()
    }
  }

  @Test func neverReplacesADamagedKeyFile() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    _ = try store.create(rotating: false)
    let damaged = Data("{\"keys\":[".utf8)
    try damaged.write(to: URL(fileURLWithPath: store.keyFilePath))
    expectSigningError(.damagedKeyFile, containing: "is damaged") { try store.create(rotating: true) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: store.keyFilePath)) == damaged)
  }

  @Test func noKeyYetSaysHowToMakeOne() {
    let home = TemporaryDirectory()
    expectSigningError(.noKey, containing: "create one with `vigil keys init`") {
      try SigningKeyStore(homePath: home.path).publicKeySet()
    }
  }

  @Test func exportWritesThePublicSetAndReplacesALinkWithoutFollowingIt() throws {
    let home = TemporaryDirectory()
    let store = SigningKeyStore(homePath: home.path)
    _ = try store.create(rotating: false)
    let victim = home.write("victim.txt", "keep me")
    let out = home.appending("jwks.json")
    try link(out, to: victim)
    let written = try store.exportPublicKeySet(to: out)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == written.json + "\n")
    #expect(try mode(out) == 0o644)
    #expect(try JWKSet(json: String(contentsOfFile: out, encoding: .utf8).trimmingCharacters(in: .newlines)) == written)
  }
}
