import Foundation

/// The library entry point of `vigil validate`: finds the packages and files under the given paths
/// and validates each, collecting every problem in one pass.
///
/// A folder holding `course.xml` is a package; other folders are searched recursively (symbolic links
/// to folders are not followed). XML files outside packages are validated by the ``DocumentValidator``
/// for their namespace, or as lesson and question-bank files.
public final class PathValidator {
  private let reader: CoursePackageReader
  private let validator: CourseValidator
  private let documentValidators: [any DocumentValidator]

  /// Creates a path validator.
  public init(
    reader: CoursePackageReader, validator: CourseValidator, documentValidators: [any DocumentValidator] = []
  ) {
    self.reader = reader
    self.validator = validator
    self.documentValidators = documentValidators
  }

  /// Validates every package and file under `paths`.
  ///
  /// - Throws: ``CourseError`` when a path does not exist (a usage error, not a finding).
  public func validate(paths: [String]) throws(CourseError) -> ValidationReport {
    var report = ValidationReport()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CourseError("no such file or folder: \(path)")
      }
      if isDirectory.boolValue {
        let before = report.packageCount + report.fileCount
        validateFolder(path, into: &report)
        if report.packageCount + report.fileCount == before {
          report.diagnostics.append(
            Diagnostic(
              .error, .packageMissingCourse,
              "no course.xml and no XML files in this folder; a course package is a folder with a course.xml file",
              file: path))
        }
      } else {
        validateFile(path, into: &report)
      }
    }
    return report
  }

  private func validateFolder(_ folder: String, into report: inout ValidationReport) {
    if FileManager.default.fileExists(atPath: folder + "/course.xml") {
      validatePackage(folder, into: &report)
      return
    }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in entries.sorted() where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      switch attributes?[.type] as? FileAttributeType {
      case .typeDirectory?: validateFolder(path, into: &report)
      case .typeRegular?: if name.hasSuffix(".xml") { validateFile(path, into: &report) }
      default: break
      }
    }
  }

  private func validatePackage(_ folder: String, into report: inout ValidationReport) {
    report.packageCount += 1
    let (package, diagnostics) = reader.read(packageAt: folder)
    report.diagnostics += diagnostics
    // Semantic rules read values the schema guarantees; on a schema-invalid package they would only
    // repeat its errors in other words, so they wait until the files are valid.
    if let package, !diagnostics.contains(where: { $0.ruleID.isFileLevel }) {
      report.diagnostics += validator.validate(package)
    }
  }

  private func validateFile(_ path: String, into report: inout ValidationReport) {
    if (path as NSString).lastPathComponent == "course.xml" {
      validatePackage((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, into: &report)
      return
    }
    report.fileCount += 1
    if let handler = documentValidator(for: path) {
      report.diagnostics += handler.validate(fileAt: path)
    } else {
      report.diagnostics += reader.read(fileAt: path).diagnostics
    }
  }

  /// The validator whose namespace the file's first 4 KiB declare.
  private func documentValidator(for path: String) -> (any DocumentValidator)? {
    guard !documentValidators.isEmpty, let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
    return documentValidators.first { head.contains("\"\($0.namespace)\"") || head.contains("'\($0.namespace)'") }
  }
}
