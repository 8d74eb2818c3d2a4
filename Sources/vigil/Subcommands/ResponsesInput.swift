import Foundation
import VigilBase
import VigilGrading

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
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CommandError(.notFound, "cannot read the responses file \(Echo.quoted(path)); check its permissions")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.read(upToCount: ResponsesDocument.maximumBytes + 1) ?? Data())
    } catch {
      throw CommandError(.notFound, "cannot read the responses file \(Echo.quoted(path)): \(error.localizedDescription)")
    }
  }
}
