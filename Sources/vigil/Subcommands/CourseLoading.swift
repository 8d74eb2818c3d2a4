import ArgumentParser
import VigilCourse

/// Loads a course package for commands that use one, refusing packages with errors.
enum CourseLoading {
  /// The package at `path`, or exit 2 with its first errors on standard error.
  static func load(_ path: String) throws -> CoursePackage {
    let reader: CoursePackageReader
    do {
      reader = try CoursePackageReader()
    } catch {
      FileHandleOutput.standardError.write("error: \(error.message)\n")
      throw ExitCode.usageError
    }
    let (package, diagnostics) = reader.read(packageAt: path)
    var errors = diagnostics.filter { $0.severity == .error }
    if let package, errors.isEmpty {
      errors = CourseValidator(context: ValidationContext(today: .today())).validate(package)
        .filter { $0.severity == .error }
    }
    guard let package, errors.isEmpty else {
      let shown = errors.prefix(5).map { "  \($0)" }.joined(separator: "\n")
      FileHandleOutput.standardError.write(
        "error: \(path) is not a valid course package; run `vigil validate \(path)` for every problem:\n\(shown)\n")
      throw ExitCode.usageError
    }
    return package
  }
}
