#if canImport(Glibc)
  import Glibc
#endif

/// One file in a folder of its own under `$VIGIL_FUZZ_SCRATCH` (or /tmp), rewritten with each input:
/// for the targets whose reader under test opens a path.
public final class ScratchFile {
  /// The file's path.
  public let path: String

  /// Makes the folder; nil when it cannot be made.
  public init?(named name: String) {
    let base = getenv("VIGIL_FUZZ_SCRATCH").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/vigil-fuzz-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { return nil }
    path = String(cString: made) + "/" + name
  }

  /// Replaces the file's content with `bytes`.
  public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    precondition(descriptor >= 0, "cannot write the scratch file \(path)")
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
      let count = Glibc.write(descriptor, base + offset, bytes.count - offset)
      precondition(count > 0, "cannot write the scratch file \(path)")
      offset += count
    }
  }
}

/// What every reader promises of its errors: a message of one line that names the file.
public enum ErrorShape {
  /// Traps unless `message` is one non-empty line that starts with `name`.
  public static func check(_ message: String, names name: String, _ context: @autoclosure () -> String = "") {
    precondition(!message.isEmpty, "an empty error message \(context())")
    precondition(!message.contains("\n") && !message.contains("\r"), "an error message of more than one line: \(message)")
    precondition(message.hasPrefix(name), "an error message that does not start with the file's name: \(message)")
  }
}
