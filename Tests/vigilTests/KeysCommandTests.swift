import Foundation
import Testing
import VigilSigning
import VigilTestSupport

/// End to end: `vigil keys init [--force]` and `vigil keys export [--out]` through the built binary.
@Suite struct KeysCommandTests {
  private func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
  }

  /// Runs `vigil` under a umask, through `sh` so the test process's own umask never changes.
  private func vigil(umask: String, _ arguments: [String]) throws -> CommandResult {
    let binary = try #require(CommandRunner.vigilPath)
    return try CommandRunner.run("/bin/sh", ["-c", "umask \(umask) && exec \"$0\" \"$@\"", binary] + arguments)
  }

  @Test(arguments: ["000", "077", "022", "277"])
  func initMakesAPrivateFolderAndFileWhateverTheUmask(umask: String) throws {
    let directory = TemporaryDirectory()
    let home = directory.appending("home")
    let result = try vigil(umask: umask, ["keys", "init", "--home", home])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("created the signing key "))
    #expect(result.output.contains("(P-256, ES256) in \(home)/keys/signing.jwks; publish the public key with `vigil keys export`"))
    #expect(try mode(home) == 0o700)
    #expect(try mode(home + "/keys") == 0o700)
    #expect(try mode(home + "/keys/signing.jwks") == 0o600)
    let export = try vigil(umask: umask, ["keys", "export", "--home", home, "--out", directory.appending("jwks.json")])
    #expect(export.status == 0, "\(export.error)")
    #expect(try mode(directory.appending("jwks.json")) == 0o644)
  }

  @Test func exportPrintsTheSetAndForceRotatesKeepingTheOldKey() throws {
    let home = TemporaryDirectory()
    #expect(try CommandRunner.vigil(["keys", "init", "--home", home.path]).status == 0)
    let first = try CommandRunner.vigil(["keys", "export", "--home", home.path])
    #expect(first.status == 0, "\(first.error)")
    let firstSet = try JWKSet(json: first.output.trimmingCharacters(in: .newlines))
    let oldKey = try #require(firstSet.keys.first)
    #expect(firstSet.keys.count == 1)

    let again = try CommandRunner.vigil(["keys", "init", "--home", home.path])
    #expect(again.status == 2)
    #expect(again.error.hasPrefix("error: \(home.path)/keys/signing.jwks already holds a signing key (\(oldKey.keyID))"))

    let rotated = try CommandRunner.vigil(["keys", "init", "--force", "--home", home.path])
    #expect(rotated.status == 0, "\(rotated.error)")
    #expect(
      rotated.output.contains(
        "the old key \(oldKey.keyID) is retired but stays in the exported set, so the certificates and checkpoints it "
          + "signed still verify (2 keys in the set)"))
    let second = try JWKSet(json: try CommandRunner.vigil(["keys", "export", "--home", home.path]).output.trimmingCharacters(in: .newlines))
    #expect(second.keys.count == 2 && second.keys.last == oldKey)
    #expect(rotated.output.contains("\(second.keys[0].keyID) signs from now on"))

    let out = home.appending("published/jwks.json")
    try FileManager.default.createDirectory(atPath: home.appending("published"), withIntermediateDirectories: true)
    let written = try CommandRunner.vigil(["keys", "export", "--out", out, "--home", home.path])
    #expect(written.status == 0 && written.output == "wrote 2 public keys to \(out)\n")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == second.json + "\n")
  }

  @Test func exportWithoutAKeySaysHowToMakeOne() throws {
    let home = TemporaryDirectory()
    let result = try CommandRunner.vigil(["keys", "export", "--home", home.path])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(result.error == "error: there is no signing key in \(home.path)/keys; create one with `vigil keys init`\n")
  }

  @Test func aSymbolicLinkAtTheKeyPathIsRefused() throws {
    let home = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: home.appending("keys"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: home.appending("keys/signing.jwks"), withDestinationPath: home.appending("stolen"))
    let result = try CommandRunner.vigil(["keys", "init", "--home", home.path])
    #expect(result.status == 2)
    #expect(result.error.contains("is a symbolic link; Vigil never follows links to its keys"))
    #expect(!FileManager.default.fileExists(atPath: home.appending("stolen")))
  }
}

/// Several `vigil keys init --force` at once: the lock serialises them, so no retired key is lost.
@Suite struct KeysConcurrencyTests {
  @Test func concurrentRotationsKeepEveryKey() throws {
    let home = TemporaryDirectory()
    let runs = 6
    let statuses = Statuses(count: runs)
    DispatchQueue.concurrentPerform(iterations: runs) { index in
      let result = try? CommandRunner.vigil(["keys", "init", "--force", "--home", home.path])
      statuses.set(index, result?.status ?? -1)
    }
    #expect(statuses.all == Array(repeating: 0, count: runs))
    let export = try CommandRunner.vigil(["keys", "export", "--home", home.path])
    #expect(try JWKSet(json: export.output.trimmingCharacters(in: .newlines)).keys.count == runs)
  }
}

/// Exit statuses written from several threads.
private final class Statuses: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Int32]

  init(count: Int) { values = Array(repeating: -1, count: count) }

  func set(_ index: Int, _ value: Int32) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  var all: [Int32] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}
