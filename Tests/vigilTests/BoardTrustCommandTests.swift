import Foundation
import Testing
import VigilSigning
import VigilTestSupport

/// End to end: `vigil board trust add|list|remove` in a board's own home, with a key set a provider's
/// `vigil keys export` wrote.
@Suite struct BoardTrustCommandTests {
  /// A provider home with a key, its exported key set, and an empty board home.
  private func provider() throws -> (folder: TemporaryDirectory, jwks: String, keyID: String, board: String) {
    let folder = TemporaryDirectory()
    #expect(try CommandRunner.vigil(["keys", "init", "--home", folder.appending("provider")]).status == 0)
    let jwks = folder.appending("acme.jwks")
    #expect(try CommandRunner.vigil(["keys", "export", "--home", folder.appending("provider"), "--out", jwks]).status == 0)
    let keyID = try #require(try JWKSet(json: String(contentsOfFile: jwks, encoding: .utf8).trimmingCharacters(in: .newlines)).keys.first?.keyID)
    return (folder, jwks, keyID, folder.appending("board"))
  }

  @Test func addListRemoveKeepsTheHistory() throws {
    let (folder, jwks, keyID, board) = try provider()
    defer { _ = folder }
    let added = try CommandRunner.vigil(["board", "trust", "add", jwks, "--name", "acme-ce", "--home", board])
    #expect(added.status == 0, "\(added.error)")
    #expect(added.output == "trusted acme-ce (1 key: \(keyID)); the board accepts batches signed with these keys\n")
    let again = try CommandRunner.vigil(["board", "trust", "add", jwks, "--name", "acme-ce", "--home", board])
    #expect(again.status == 0)
    #expect(again.output == "acme-ce already trusts exactly these keys (1 key: \(keyID)); nothing changed\n")
    let otherName = try CommandRunner.vigil(["board", "trust", "add", jwks, "--name", "acme-2", "--home", board])
    #expect(otherName.status == 2)
    #expect(otherName.error == "error: the key \(keyID) is already trusted under the name acme-ce; a key has one name\n")

    let list = try CommandRunner.vigil(["board", "trust", "list", "--home", board])
    #expect(list.status == 0)
    #expect(list.output.hasPrefix("acme-ce  trusted ") && list.output.hasSuffix(" UTC  keys: \(keyID)\n"), "\(list.output)")

    let removed = try CommandRunner.vigil(["board", "trust", "remove", "acme-ce", "--home", board])
    #expect(removed.status == 0, "\(removed.error)")
    #expect(removed.output == "removed acme-ce: its batches are refused from now on; the records it sent stay in the ledger\n")
    let json = try CommandRunner.vigil(["board", "trust", "list", "--home", board, "--format", "json"])
    let providers = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(providers.count == 1)
    #expect(providers.first?["name"] as? String == "acme-ce" && providers.first?["trusted"] as? Bool == false)
    #expect(providers.first?["keys"] as? [String] == [keyID] && providers.first?["removedAt"] is Int)
    let twice = try CommandRunner.vigil(["board", "trust", "remove", "acme-ce", "--home", board])
    #expect(twice.status == 2 && twice.error.contains("already removed"))

    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", board])
    #expect(verify.status == 0, "\(verify.output)\(verify.error)")
    // ledger.created, provider.trusted, provider.removed: the repeated add wrote nothing.
    #expect(verify.output.contains("verifies: 3 events"), "\(verify.output)")
  }

  @Test func aRotatedKeySetIsAddedToTheSameName() throws {
    let (folder, jwks, oldKeyID, board) = try provider()
    defer { _ = folder }
    #expect(try CommandRunner.vigil(["board", "trust", "add", jwks, "--name", "acme-ce", "--home", board]).status == 0)
    let home = folder.appending("provider")
    #expect(try CommandRunner.vigil(["keys", "init", "--force", "--home", home]).status == 0)
    let rotated = folder.appending("acme-rotated.jwks")
    #expect(try CommandRunner.vigil(["keys", "export", "--home", home, "--out", rotated]).status == 0)
    let keys = try JWKSet(json: String(contentsOfFile: rotated, encoding: .utf8).trimmingCharacters(in: .newlines))
    let newKeyID = try #require(keys.keys.first?.keyID)
    #expect(keys.keys.map(\.keyID) == [newKeyID, oldKeyID])

    let added = try CommandRunner.vigil(["board", "trust", "add", rotated, "--name", "acme-ce", "--home", board])
    #expect(added.status == 0, "\(added.error)")
    #expect(
      added.output
        == "acme-ce rotated its key: now trusts 2 keys: \(newKeyID), \(oldKeyID) (new: \(newKeyID)); its records and heads "
        + "stay its own\n")
    // The old set under the same name now leaves out the new key: nothing changes, as before.
    let old = try CommandRunner.vigil(["board", "trust", "add", jwks, "--name", "acme-ce", "--home", board])
    #expect(old.status == 2)
    #expect(old.error.hasPrefix("error: the key set leaves out the key \(newKeyID), which acme-ce is trusted with"), "\(old.error)")
    let list = try CommandRunner.vigil(["board", "trust", "list", "--home", board])
    #expect(list.output.hasSuffix(" UTC  keys: \(newKeyID), \(oldKeyID)\n"), "\(list.output)")
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", board])
    #expect(verify.status == 0 && verify.output.contains("verifies: 3 events"), "\(verify.output)\(verify.error)")
  }

  @Test func aFileThatIsNotAPublicKeySetIsRefusedWithExitOne() throws {
    let folder = TemporaryDirectory()
    let notJSON = folder.write("notes.txt", "hello")
    let result = try CommandRunner.vigil(["board", "trust", "add", notJSON, "--name", "acme-ce", "--home", folder.appending("board")])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("error: \(notJSON): the key set is not JSON"), "\(result.error)")
    let empty = folder.write("empty.jwks", #"{"keys":[]}"#)
    let noKeys = try CommandRunner.vigil(["board", "trust", "add", empty, "--name", "acme-ce", "--home", folder.appending("board")])
    #expect(noKeys.status == 1)
    #expect(noKeys.error.hasPrefix("error: \(empty): the key set holds no keys; give the file"), "\(noKeys.error)")
    let missing = try CommandRunner.vigil(["board", "trust", "add", folder.appending("none.jwks"), "--name", "acme-ce", "--home", folder.appending("board")])
    #expect(missing.status == 2 && missing.error.hasPrefix("error: cannot open \(folder.appending("none.jwks"))"), "\(missing.error)")
    let noLedger = try CommandRunner.vigil(["board", "trust", "list", "--home", folder.appending("nowhere")])
    #expect(noLedger.status == 2 && noLedger.error.hasPrefix("error: there is no ledger at "))
  }

  @Test func removingAnUnknownProviderSaysHowToListThem() throws {
    let (folder, jwks, _, board) = try provider()
    defer { _ = folder }
    #expect(try CommandRunner.vigil(["board", "trust", "add", jwks, "--name", "acme-ce", "--home", board]).status == 0)
    #expect(try CommandRunner.vigil(["board", "trust", "remove", "nobody", "--home", board]).error
      == "error: no provider named 'nobody' is trusted; list them with `vigil board trust list`\n")
  }
}
