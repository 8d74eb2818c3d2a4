import Foundation
import Testing
import VigilTestSupport

/// The command line's edges: every failure is one `error:` line with the right exit status, and
/// nothing the user typed reaches the terminal unescaped.
@Suite struct CommandEdgeTests {
  @Test func helpForACommandThatDoesNotExistFails() throws {
    let root = try CommandRunner.vigil(["help", "nosuch"])
    #expect(root.status == 2)
    #expect(root.error.hasPrefix("error: vigil has no command 'nosuch'; its commands are validate, outline"))
    let nested = try CommandRunner.vigil(["help", "learner", "nosuch"])
    #expect(nested.status == 2)
    #expect(nested.error.hasPrefix("error: vigil learner has no command 'nosuch'; its commands are add, update, list"))
    #expect(try CommandRunner.vigil(["help", "learner", "add"]).status == 0)
  }

  @Test func outputThatCannotBeWrittenIsAnError() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-full-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let vigil = try #require(CommandRunner.vigilPath)
    let result = try CommandRunner.run(
      "/bin/sh", ["-c", "\"$0\" learner add --home \"$1\" --name Ana > /dev/full", vigil, home])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: cannot write to standard output (No space left on device)"))
  }

  @Test func aClosedPipeIsAnErrorNotADeath() throws {
    let vigil = try #require(CommandRunner.vigilPath)
    // `exec 1>&-` closes standard output before vigil starts; the write fails with EBADF.
    let result = try CommandRunner.run(
      "/bin/sh", ["-c", "exec 1>&-; \"$0\" outline \"$1\"; echo \"status $?\" >&2", vigil,
      Repository.path("Courses/sample-minimal")])
    #expect(result.error.contains("error: cannot write to standard output"))
    #expect(result.error.contains("status 2"))
  }

  @Test func argumentsThatAreNotUTF8AreRefused() throws {
    let vigil = try #require(CommandRunner.vigilPath)
    let result = try CommandRunner.run("/bin/sh", ["-c", "\"$0\" validate \"$(printf 'bad\\377name')\"", vigil])
    #expect(result.status == 2)
    #expect(result.error == "error: argument 2 is not valid UTF-8; check the terminal's encoding (locale) and type it again\n")
  }

  @Test func escapeSequencesInEchoedInputAreEscaped() throws {
    let result = try CommandRunner.vigil(["validate", "/nonexistent/\u{1B}[31mred\u{202E}"])
    #expect(result.status == 2)
    #expect(!result.error.contains("\u{1B}"))
    #expect(!result.error.contains("\u{202E}"))
    #expect(result.error.contains(#"\u{1B}[31mred\u{202E}"#))
  }

  /// Every error message is escaped where it is printed, whatever built it: a batch's path with an
  /// escape sequence, and `--home` with one, come back escaped.
  @Test func escapeSequencesInAnyErrorAreEscaped() throws {
    let directory = TemporaryDirectory()
    let batch = directory.write("evil\u{1B}[2Jname.csv", "kind\n")
    let home = directory.appending("home\u{1B}[31m")
    for arguments in [
      ["board", "import", batch, "--board", "tx-bon", "--unsigned", "--provider", "acme", "--home", home],
      ["learner", "list", "--home", home],
    ] {
      let result = try CommandRunner.vigil(arguments)
      #expect(result.status != 0)
      #expect(!result.error.contains("\u{1B}"), "\(result.error)")
      #expect(result.error.contains(#"\u{1B}["#), "\(result.error)")
    }
  }

  /// A batch with a header and no records imports nothing and says so, rather than that its records
  /// are already held.
  @Test func aBatchWithNoRecordsSaysSo() throws {
    let home = try BoardHome.make()
    let header =
      "kind,certificate,learner_name,board,license_type,license_number,course_id,course_version,course_title,"
      + "approver,approval_number,approval_minutes,awarded_hours,completed_on,topics,replaces,reason,hash\r\n"
    let folder = TemporaryDirectory()
    let batch = folder.write("empty.csv", header)
    let result = try CommandRunner.vigil(
      ["board", "import", batch, "--board", "tx-bon", "--unsigned", "--provider", "acme-ce", "--home", home.path,
       "--boards", Repository.path("Boards")])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "\(batch) holds no records: nothing to import\n")
  }

  /// `--provider` for an unsigned batch names a provider the board trusts, or it is a usage error
  /// (exit 2), found before the file is read.
  @Test func anUnsignedBatchFromAnUntrustedProviderIsAUsageError() throws {
    let home = try BoardHome.make()
    let folder = TemporaryDirectory()
    let batch = folder.write("batch.csv", "not a batch\n")
    let result = try CommandRunner.vigil(
      ["board", "import", batch, "--board", "tx-bon", "--unsigned", "--provider", "nobody", "--home", home.path,
       "--boards", Repository.path("Boards")])
    #expect(result.status == 2)
    #expect(result.error == "error: --provider: no provider named 'nobody' is trusted; list them with `vigil board trust list`\n")
  }

  @Test func outlineAcceptsThePathOfCourseXML() throws {
    let result = try CommandRunner.vigil(["outline", Repository.path("Courses/sample-minimal/course.xml")])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("Sample Minimal Course (sample-minimal 1.0.0)"))
  }

  @Test func aMissingCourseSaysSo() throws {
    let result = try CommandRunner.vigil(["outline", "/nonexistent/course"])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: no course package at '/nonexistent/course'"))
  }

  @Test func aMissingBoardsFolderSaysSo() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-boards-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let added = try CommandRunner.vigil(["learner", "add", "--home", home, "--name", "Ana Díaz"])
    #expect(added.status == 0, "\(added.error)")
    let license = try CommandRunner.vigil([
      "learner", "license", "add", "--home", home, "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number",
      "123456", "--expires", "2027-01-31", "--boards", Repository.path("Boards"),
    ])
    #expect(license.status == 0, "\(license.error)")
    let result = try CommandRunner.vigil([
      "transcript", "--home", home, "--license", "tx-bon:RN:123456", "--boards", "/nonexistent/boards",
    ])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: no board files in '/nonexistent/boards'"), "\(result.error)")
    #expect(!result.error.contains("boards there: )"))
  }

  @Test func boardFilesAreValidatedByTheBinaryAlone() throws {
    // The schemas are compiled in: a copy of vigil in an empty folder still validates the board files.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("vigil").path
    try FileManager.default.copyItem(atPath: try #require(CommandRunner.vigilPath), toPath: copy)
    let result = try CommandRunner.run(copy, ["validate", "--today", "2026-12-01", Repository.path("Boards")])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasSuffix("0 errors, 0 warnings in 0 packages and 5 files\n"), "\(result.output)")
    let stale = try CommandRunner.run(copy, ["validate", "--today", "2028-06-01", Repository.path("Boards")])
    #expect(stale.output.hasSuffix("0 errors, 5 warnings in 0 packages and 5 files\n"), "\(stale.output)")
  }
}

extension CommandEdgeTests {
  @Test(arguments: [
    (["--type", "RN", "--attribute", "direct-patient-cares"], "error: board tx-bon has no practice attribute 'direct-patient-cares'; the attributes its rules read are "),
    (["--type", "MD"], "error: board tx-bon does not issue 'MD' licenses; its license types are RN, LVN, APRN"),
  ])
  func licensesAreCheckedAgainstTheBoardFile(extra: [String], expected: String) throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-check-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    #expect(try CommandRunner.vigil(["learner", "add", "--home", home, "--name", "Ana Díaz"]).status == 0)
    let result = try CommandRunner.vigil(
      ["learner", "license", "add", "--home", home, "--learner", "1", "--board", "tx-bon", "--number", "1",
       "--expires", "2027-01-31", "--boards", Repository.path("Boards")] + extra)
    #expect(result.status == 2)
    #expect(result.error.hasPrefix(expected), "\(result.error)")
    let unknownBoard = try CommandRunner.vigil(
      ["learner", "license", "add", "--home", home, "--learner", "1", "--board", "tx-bn", "--type", "RN", "--number", "1",
       "--expires", "2027-01-31", "--boards", Repository.path("Boards")])
    #expect(unknownBoard.error.hasPrefix("error: there is no board 'tx-bn' in "), "\(unknownBoard.error)")
    #expect(unknownBoard.error.contains("the boards there are fl-bon, mi-nursing, ms-bon, tx-bon, tx-tmb"))
  }
}

extension CommandEdgeTests {
  @Test func aFolderThatCannotBeListedIsAnErrorNotZeroErrors() throws {
    // Run as nobody (the tests run as root, whom permissions do not stop).
    let folder = TemporaryDirectory()
    folder.write("locked/pkg/course.xml", "<course/>")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.appending("locked"))
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appending("locked")) }
    let result = try ReadOnlyUser.vigil(["validate", folder.path])
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("locked:1:1: error: cannot list this folder"), "\(result.output)")
    #expect(!result.output.hasSuffix("0 errors, 0 warnings in 0 packages\n"))
  }
}

extension CommandEdgeTests {
  @Test func aNamedPipeGivenToValidateIsRefusedNotWaitedOn() throws {
    let directory = TemporaryDirectory()
    let path = directory.path + "/tx-bon.xml"
    try #require(mkfifo(path, 0o600) == 0)
    let vigil = try #require(CommandRunner.vigilPath)
    // `timeout` ends a vigil that blocks on the pipe (status 124) instead of hanging the test run.
    let result = try CommandRunner.run("/usr/bin/timeout", ["20", vigil, "validate", path])
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("[file-unreadable]"), "\(result.output)")
  }
}

extension CommandEdgeTests {
  @Test func aNamedPipeGivenAsResponsesIsRefusedNotWaitedOn() throws {
    let directory = TemporaryDirectory()
    let path = directory.path + "/responses.json"
    try #require(mkfifo(path, 0o600) == 0)
    let vigil = try #require(CommandRunner.vigilPath)
    let result = try CommandRunner.run(
      "/usr/bin/timeout", ["20", vigil, "grade", Repository.path("Courses/sample-minimal"), "--responses", path])
    #expect(result.status == 2, "\(result.output)\(result.error)")
    #expect(result.error.hasPrefix("error: cannot read the responses file"), "\(result.error)")
  }
}

extension CommandEdgeTests {
  /// A named pipe no one writes to reads as empty: the board's commands that read a roster or a key set
  /// (which take a pipe such as `/dev/stdin`) refuse it at once instead of waiting for a writer.
  @Test(arguments: [
    (["board", "roster", "import"], "is empty; its first line must name the columns"),
    (["board", "trust", "add", "--name", "acme"], "the key set is not JSON"),
  ])
  func aNamedPipeWithNoWriterIsReadAsEmptyNotWaitedOn(command: [String], says: String) throws {
    let directory = TemporaryDirectory()
    let path = directory.path + "/input"
    try #require(mkfifo(path, 0o600) == 0)
    let vigil = try #require(CommandRunner.vigilPath)
    let result = try CommandRunner.run(
      "/usr/bin/timeout", ["20", vigil] + command + [path, "--home", directory.appending("home")])
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.error.contains(says), "\(result.error)")
  }

  /// `certificate verify` refuses a key set that is not one, and a token file larger than any token
  /// (naming the file's size), as what it was given: exit status 1, like a certificate that does not verify.
  @Test func aKeySetThatIsNotOneAndAnOversizedTokenFailVerification() throws {
    let directory = TemporaryDirectory()
    let token = directory.write("certificate.jwt", "abc\n")
    let notAKeySet = directory.write("keys.json", "[1, 2]\n")
    let wrongKeys = try CommandRunner.vigil(["certificate", "verify", token, "--key", notAKeySet])
    #expect(wrongKeys.status == 1, "\(wrongKeys.error)")
    #expect(wrongKeys.error.hasPrefix("error: '\(notAKeySet)': "), "\(wrongKeys.error)")
    #expect(wrongKeys.error.hasSuffix("; give --key the provider's published JWK Set (vigil keys export)\n"))

    let oversized = directory.appending("oversized.jwt")
    #expect(FileManager.default.createFile(atPath: oversized, contents: Data(count: 3 * 1024 * 1024)))
    let large = try CommandRunner.vigil(["certificate", "verify", oversized, "--key", notAKeySet])
    #expect(large.status == 1)
    #expect(
      large.error == "error: the certificate file '\(oversized)' is 3.0 MiB, more than the 256 KiB Vigil reads; "
        + "give the file the provider published\n")
  }

  /// argument-parser's own errors repeat a refused value as typed: it comes back escaped.
  @Test func aRefusedOptionValueIsEscapedInArgumentParsersMessage() throws {
    let result = try CommandRunner.vigil(["board", "compliance", "--board", "tx-bon", "--cycle-ending", "2027-01-31\u{1B}[2J"])
    #expect(result.status == 2)
    #expect(!result.error.contains("\u{1B}"))
    #expect(result.error.contains(#"2027-01-31\u{1B}[2J"#), "\(result.error)")
  }
}
