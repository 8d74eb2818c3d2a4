import Foundation
import VigilBase
import VigilCourse

/// One thing `vigil validate` checks: a package folder, a single file, or a folder with nothing to check.
enum ValidationTarget: Sendable {
  /// A folder holding `course.xml`.
  case package(String)
  /// An XML file outside any package.
  case file(String)
  /// A folder given on the command line in which nothing was found.
  case emptyFolder(String)
  /// A folder that cannot be listed (no permission): an error, never a silent "0 errors".
  case unreadableFolder(String)

  /// The targets under `paths`, in the order they are reported.
  ///
  /// - Throws: ``CommandError`` when a path does not exist.
  static func discover(_ paths: [String]) throws(CommandError) -> [ValidationTarget] {
    var targets: [ValidationTarget] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CommandError(.notFound, "no such file or folder: \(Echo.quoted(path)); check the path")
      }
      if isDirectory.boolValue {
        let before = targets.count
        collect(folder: path, into: &targets)
        if targets.count == before { targets.append(.emptyFolder(path)) }
      } else if (path as NSString).lastPathComponent == "course.xml" {
        let folder = (path as NSString).deletingLastPathComponent
        targets.append(.package(folder.isEmpty ? "." : folder))
      } else {
        targets.append(.file(path))
      }
    }
    return targets
  }

  private static func collect(folder: String, into targets: inout [ValidationTarget]) {
    if FileManager.default.fileExists(atPath: folder + "/course.xml") {
      targets.append(.package(folder))
      return
    }
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      targets.append(.unreadableFolder(folder))
      return
    }
    for name in entries.sorted() where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      switch attributes?[.type] as? FileAttributeType {
      case .typeDirectory?: collect(folder: path, into: &targets)
      case .typeRegular?: if name.hasSuffix(".xml") { targets.append(.file(path)) }
      default: break
      }
    }
  }
}
