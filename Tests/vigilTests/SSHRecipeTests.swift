import Foundation
import Testing
import VigilTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The README's recipe for offering the session to learners: an OpenSSH account whose `ForceCommand`
/// runs `vigil take`, tried against an `sshd` started on loopback (openssh-server is installed by
/// scripts/test). Whatever the learner asks ssh to run, they get the session and nothing else.
@Suite(
  .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd") && CommandRunner.isInstalled("ssh"),
    "openssh-server and openssh-client are not installed"),
  .timeLimit(.minutes(1)))
struct SSHRecipeTests {
  @Test func aForceCommandAccountGetsTheSessionAndNothingElse() throws {
    let course = try TakeCourse.make()
    let home = TemporaryDirectory()
    let keys = TemporaryDirectory()
    let vigil = try #require(CommandRunner.vigilPath)
    let license = "tx-bon:RN:123456"
    #expect(try CommandRunner.vigil(["learner", "add", "--name", "Ana Díaz", "--home", home.path]).status == 0)
    let added = try CommandRunner.vigil(
      ["learner", "license", "add", "--learner", "1", "--board", "tx-bon", "--type", "RN", "--number", "123456",
       "--expires", "2027-01-31", "--home", home.path, "--boards", Repository.path("Boards")])
    #expect(added.status == 0, "\(added.error)")
    for name in ["host", "learner"] {
      let made = try CommandRunner.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", keys.appending(name)])
      #expect(made.status == 0, "\(made.error)")
    }
    try FileManager.default.copyItem(atPath: keys.appending("learner.pub"), toPath: keys.appending("authorized_keys"))
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    let port = Int.random(in: 20_000...60_000)
    // The README's Match block, with this test's paths and a license: one account per learner.
    let config = """
      Port \(port)
      ListenAddress 127.0.0.1
      HostKey \(keys.appending("host"))
      PidFile \(keys.appending("sshd.pid"))
      AuthorizedKeysFile \(keys.appending("authorized_keys"))
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      UsePAM no
      StrictModes no
      PermitRootLogin prohibit-password
      Subsystem sftp internal-sftp
      Match User \(user)
          ForceCommand \(vigil) take \(course.path) --home \(home.path) --boards \(Repository.path("Boards")) --license \(license)
          DisableForwarding yes
          PermitTunnel no
      """
    try config.write(toFile: keys.appending("sshd_config"), atomically: true, encoding: .utf8)
    if geteuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
    // sshd runs as a daemon (its own process group, output to a log file), stopped through its pid file.
    let started = try CommandRunner.run(
      "/usr/sbin/sshd", ["-f", keys.appending("sshd_config"), "-E", keys.appending("sshd.log")])
    #expect(started.status == 0, "\(started.error)")
    defer {
      if let text = try? String(contentsOfFile: keys.appending("sshd.pid"), encoding: .utf8),
        let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        kill(pid, SIGTERM)
        // sshd removes its pid file as it exits: wait for that, so the folder is not removed under it.
        for _ in 0..<100 where FileManager.default.fileExists(atPath: keys.appending("sshd.pid")) { usleep(20_000) }
      }
    }

    func ssh(_ extra: [String], input: String) throws -> CommandResult {
      try CommandRunner.run(
        "ssh",
        ["-T", "-p", "\(port)", "-i", keys.appending("learner"), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
         "\(user)@127.0.0.1"] + extra,
        input: input)
    }
    // sshd takes a moment to listen: retry the first connection.
    var first = try ssh(["cat", "/etc/passwd"], input: "quit\n")
    for _ in 0..<50 where first.status == 255 {
      usleep(100_000)
      first = try ssh(["cat", "/etc/passwd"], input: "quit\n")
    }
    #expect(first.status == 0, "\(first.error)")
    #expect(first.output.contains("Learner: Ana Díaz"), "the session, not the command asked for: \(first.output)")
    #expect(!first.output.contains("root:x:0:0"))
    // Asking for sftp gets the session too: the learner never reaches the ledger's files.
    let sftp = try ssh(["-s", "sftp"], input: "quit\n")
    #expect(sftp.output.contains("Learner: Ana Díaz"), "\(sftp.output)")
    // A whole session over ssh: the completion lands in the provider's ledger.
    let session = try ssh([], input: "\n\n\n\n\nt\nsubmit\n\n5\n\n")
    #expect(session.output.contains("Course complete"), "\(session.output)\(session.error)")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.output.contains("ANCC EXAMPLE-ANCC-0000  Sample Minimal Course"), "\(show.output)")
  }
}
