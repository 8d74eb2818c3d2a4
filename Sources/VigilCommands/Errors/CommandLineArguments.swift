#if canImport(Glibc)
  import Glibc
#endif

import VigilBase

/// The command line as bytes the user typed, refused when it is not valid UTF-8: Swift's own
/// `CommandLine.arguments` would replace bad bytes with U+FFFD and store a name nobody typed.
enum CommandLineArguments {
  /// The arguments after the program name.
  ///
  /// - Throws: ``CommandError`` naming the first argument that is not valid UTF-8.
  static func read() throws(CommandError) -> [String] {
    var arguments: [String] = []
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      let length = strlen(pointer)
      let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw CommandError(
          .usage, "argument \(index) is not valid UTF-8; check the terminal's encoding (locale) and type it again")
      }
      arguments.append(text)
    }
    return arguments
  }
}
