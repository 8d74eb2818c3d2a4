import VigilLedger

#if canImport(Glibc)
  import Glibc
#endif

/// One `vigil take` session per learner and home at a time: an exclusive lock (`flock`) on
/// `sessions/learner-ID.lock` in the home, held for the life of the session and released by the system
/// when the process ends, however it ends (`kill -9` included), so no lock outlives its session.
///
/// Two sessions of one learner would each keep the attempt in memory: an answer saved by one would be
/// missing from the grade the other submits. The second session is refused instead.
final class SessionLock {
  private let descriptor: Int32

  /// Takes the lock of `learner` in `home`.
  ///
  /// - Throws: ``CommandError`` with `usage` when another session holds it, or when the lock file
  ///   cannot be made.
  init(home: VigilHome, learner: Learner) throws(CommandError) {
    let folder = home.sessionsPath
    if mkdir(folder, 0o700) != 0 && errno != EEXIST {
      throw CommandError(.usage, "cannot create \(folder) (\(String(cString: strerror(errno)))); check the home's permissions")
    }
    let path = folder + "/learner-\(learner.id).lock"
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else {
      throw CommandError(.usage, "cannot open \(path) (\(String(cString: strerror(errno)))); check the home's permissions")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw CommandError(
        .usage,
        busy
          ? "\(learner.name) is already taking a course in another vigil take session on \(home.path); "
            + "finish or quit that session first, then run this again"
          : "cannot lock \(path) (\(reason))")
    }
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }
}
