#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file a path leads to (device and inode, shared by every link to the file) and its size, so a
/// package's files can be read once each however many links or references lead to them.
public struct FileIdentity: Sendable, Hashable {
  /// The device the file is on.
  public var device: UInt64
  /// The file's inode on that device.
  public var inode: UInt64

  /// Creates an identity.
  public init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }

  /// The identity and size of the file `path` leads to (symbolic links followed), or nil when there is none.
  public static func of(_ path: String) -> (identity: FileIdentity, size: Int)? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return (FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)), Int(status.st_size))
  }
}
