import Foundation
import Testing
import VigilTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// End to end: every command that writes a file the user names (`--out`, a backup) refuses, with exit
/// status 2 and nothing changed, a destination its rename would destroy: the ledger, the signing key,
/// a hard link to either, the keys folder, a folder, a symbolic link and a named pipe.
@Suite struct OutputFileCommandTests {
  /// A destination and the start of what the refusal says about it.
  private struct Destination {
    let path: String
    let says: String
  }

  private func destinations(in home: ExportHome, _ directory: TemporaryDirectory) throws -> [Destination] {
    let ledger = home.home.appending("ledger.sqlite")
    let key = home.home.appending("keys/signing.jwks")
    let hardLink = directory.appending("ledger-copy.sqlite")
    try #require(link(ledger, hardLink) == 0)
    let symbolicLink = directory.appending("key-link.jwks")
    try FileManager.default.createSymbolicLink(atPath: symbolicLink, withDestinationPath: key)
    let pipe = directory.appending("pipe")
    try #require(mkfifo(pipe, 0o600) == 0)
    let folder = directory.appending("folder")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return [
      Destination(path: ledger, says: "is the ledger's own file (\(ledger)); writing there would damage the ledger"),
      Destination(path: ledger + "-journal", says: "is the ledger's own file (\(ledger)-journal)"),
      Destination(path: key, says: "is the provider's signing key (\(key)); writing there would destroy it"),
      Destination(path: home.home.appending("keys/published.json"), says: "is in the home's keys folder"),
      Destination(path: home.home.appending("sessions/learner-1.lock"), says: "is in the home's sessions folder"),
      Destination(path: ledger + "/", says: "names a folder, not a file; give a file name such as"),
      Destination(path: hardLink, says: "is the ledger's own file (\(ledger))"),
      Destination(path: symbolicLink, says: "is a symbolic link; name the file itself"),
      Destination(path: pipe, says: "is not a regular file (a device, a named pipe or a socket)"),
      Destination(path: folder, says: "is a folder; name a file inside it"),
    ]
  }

  @Test func noCommandWritesOverTheLedgerTheKeyOrAnythingButAFile() throws {
    let home = try ExportHome.texas()
    let directory = TemporaryDirectory()
    let keyBefore = try Data(contentsOf: URL(fileURLWithPath: home.home.appending("keys/signing.jwks")))
    let commands: [(String, [String])] = [
      ("--out", ["keys", "export", "--out"]),
      ("--out", ["certificate", "pdf", home.certificate, "--out"]),
      ("--out", ["certificate", "status-list", "--out"]),
      ("--out", ["export", "--board", "tx-bon", "--format", "xml", "--out"]),
      ("the backup file", ["ledger", "backup", "--force"]),
    ]
    for destination in try destinations(in: home, directory) {
      for (option, command) in commands {
        let result = try home.vigil(command + [destination.path])
        let expected =
          destination.path.hasSuffix("/")
          ? "error: \(option): '\(destination.path)' \(destination.says)"
          : "error: \(option) '\(destination.path)' \(destination.says)"
        #expect(result.status == 2, "\(command) \(destination.path): \(result.error)")
        #expect(result.error.hasPrefix(expected), "\(command): \(result.error)")
      }
    }
    let verify = try home.vigil(["ledger", "verify"])
    #expect(verify.status == 0, "\(verify.output)\(verify.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: home.home.appending("keys/signing.jwks"))) == keyBefore)
    var status = stat()
    #expect(lstat(directory.appending("pipe"), &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    #expect(lstat(directory.appending("key-link.jwks"), &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appending("folder")).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: home.home.appending("keys/published.json")))
  }

  /// A batch is written with its signature beside it: a folder in the signature's place is refused
  /// before the batch is written, not reported as a disk failure after.
  @Test func anExportWhoseSignatureNameIsAFolderWritesNothing() throws {
    let home = try ExportHome.texas()
    let directory = TemporaryDirectory()
    let batch = directory.appending("batch.xml")
    try FileManager.default.createDirectory(atPath: batch + ".jws", withIntermediateDirectories: true)
    let result = try home.vigil(["export", "--board", "tx-bon", "--format", "xml", "--out", batch])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: --out '\(batch).jws' is a folder; name a file inside it"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: batch))
  }

  /// The line that says where a file went repeats the name with its control characters escaped.
  @Test func theWrittenFilesNameIsEscaped() throws {
    let home = try ExportHome.texas()
    let directory = TemporaryDirectory()
    let name = directory.appending("keys\u{1B}[2J.json")
    let result = try home.vigil(["keys", "export", "--out", name])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "wrote 1 public key to \(directory.path)/keys\\u{1B}[2J.json\n")
    #expect(FileManager.default.fileExists(atPath: name))
  }
}
