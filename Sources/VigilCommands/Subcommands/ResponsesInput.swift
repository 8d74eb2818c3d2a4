import Foundation
import VigilBase
import VigilGrading
import VigilXML

/// Reads the bytes of a `vigil grade` responses file, never more than one byte past
/// ``ResponsesDocument/maximumBytes`` (so a huge file is refused without being read whole).
enum ResponsesInput {
  /// The file's bytes; a file over the limit comes back one byte too long for the parser to refuse.
  ///
  /// - Throws: ``CommandError`` when the path is missing, a folder or unreadable.
  static func read(_ path: String) throws(CommandError) -> [UInt8] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CommandError(.notFound, "cannot read the responses file \(Echo.quoted(path)); check the path")
    }
    guard !isFolder.boolValue else {
      throw CommandError(.notFound, "the responses file \(Echo.quoted(path)) is a folder; give the path of a JSON file")
    }
    // Checked as a regular file before it is opened: a named pipe would block forever.
    guard let bytes = FileBytes.readPrefix(path, count: ResponsesDocument.maximumBytes + 1) else {
      throw CommandError(
        .notFound,
        "cannot read the responses file \(Echo.quoted(path)): it is not a regular file, or its permissions forbid it; "
          + "give the path of a JSON file")
    }
    return bytes
  }
}
