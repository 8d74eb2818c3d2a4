import Foundation
import VigilBase
import VigilCourse
import VigilXML

/// The front end of `vigil validate`: finds the packages and files under the given paths
/// and validates each, collecting every problem in one pass.
///
/// A folder holding `course.xml` is a package; other folders are searched recursively (symbolic links
/// to folders are not followed). XML files outside packages are validated by the ``DocumentValidator``
/// for their namespace, or as lesson and question-bank files. Packages and files are validated on
/// `workers` threads, each with readers of its own (libxml2 parses separate documents in parallel
/// safely); the report lists them in the order they were found, whatever the number of workers.
final class PathValidator {
  /// What one worker thread validates with.
  struct Toolkit {
    /// The course package reader.
    var reader: CoursePackageReader
    /// The validators of other vocabularies, such as board files.
    var documentValidators: [any DocumentValidator]

    /// Creates a toolkit.
    init(reader: CoursePackageReader, documentValidators: [any DocumentValidator] = []) {
      self.reader = reader
      self.documentValidators = documentValidators
    }
  }

  private let validator: CourseValidator
  private let workers: Int
  private let makeToolkit: () throws -> Toolkit

  /// Creates a path validator.
  ///
  /// - Parameters:
  ///   - validator: The semantic rules for course packages.
  ///   - workers: How many threads validate at once (1 validates on the calling thread).
  ///   - makeToolkit: Makes the readers one worker uses; called once per worker, on the calling thread.
  init(validator: CourseValidator, workers: Int = 1, makeToolkit: @escaping () throws -> Toolkit) {
    self.validator = validator
    self.workers = max(1, workers)
    self.makeToolkit = makeToolkit
  }

  /// Validates every package and file under `paths`.
  ///
  /// - Throws: ``CommandError`` when a path does not exist (a usage error, not a finding), and whatever
  ///   `makeToolkit` throws.
  func validate(paths: [String]) throws -> ValidationReport {
    let targets = try ValidationTarget.discover(paths)
    let workerCount = min(workers, max(1, targets.count))
    let toolkits = WorkerToolkits(try (0..<workerCount).map { _ in try makeToolkit() })
    let results = ResultSlots(count: targets.count)
    let validator = self.validator
    if workerCount == 1 {
      for (index, target) in targets.enumerated() {
        results.store(Self.check(target, with: toolkits.toolkit(0), validator: validator), at: index)
      }
    } else {
      DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
        while let index = results.claimNext() {
          results.store(Self.check(targets[index], with: toolkits.toolkit(worker), validator: validator), at: index)
        }
      }
    }
    var report = ValidationReport()
    for (target, diagnostics) in zip(targets, results.all()) {
      report.diagnostics += diagnostics
      switch target {
      case .package: report.packageCount += 1
      case .file: report.fileCount += 1
      case .emptyFolder, .unreadableFolder: break
      }
    }
    return report
  }

  private static func check(_ target: ValidationTarget, with toolkit: Toolkit, validator: CourseValidator) -> [Diagnostic] {
    switch target {
    case .package(let folder):
      return validator.check(packageAt: folder, with: toolkit.reader).diagnostics
    case .file(let path):
      if let handler = documentValidator(for: path, in: toolkit.documentValidators) {
        return handler.validate(fileAt: path)
      }
      return toolkit.reader.read(fileAt: path).diagnostics
    case .unreadableFolder(let folder):
      return [
        Diagnostic(
          .error, .fileUnreadable, "cannot list this folder; check that you may read it (ls -ld shows its permissions)",
          file: folder)
      ]
    case .emptyFolder(let folder):
      return [
        Diagnostic(
          .error, .packageMissingCourse,
          "no course.xml and no XML files in this folder; a course package is a folder with a course.xml file",
          file: folder)
      ]
    }
  }

  /// The validator whose namespace the file's first 4 KiB declare (read only from a regular file, so a
  /// named pipe cannot block).
  private static func documentValidator(for path: String, in validators: [any DocumentValidator]) -> (any DocumentValidator)? {
    guard !validators.isEmpty, let prefix = FileBytes.readPrefix(path, count: 4096) else { return nil }
    let head = String(decoding: prefix, as: UTF8.self)
    return validators.first { head.contains("\"\($0.namespace)\"") || head.contains("'\($0.namespace)'") }
  }
}

/// The toolkits of the workers; worker `n` only ever touches toolkit `n`, which makes sharing the
/// box across threads safe although the readers themselves are not `Sendable`.
private final class WorkerToolkits: @unchecked Sendable {
  private let toolkits: [PathValidator.Toolkit]

  init(_ toolkits: [PathValidator.Toolkit]) { self.toolkits = toolkits }

  func toolkit(_ worker: Int) -> PathValidator.Toolkit { toolkits[worker] }
}

/// One slot of diagnostics per target, filled by whichever worker claims the target.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[Diagnostic]]
  private var next = 0

  init(count: Int) { slots = Array(repeating: [], count: count) }

  /// The next unclaimed target's index, or nil when all are claimed.
  func claimNext() -> Int? {
    lock.withLock {
      guard next < slots.count else { return nil }
      defer { next += 1 }
      return next
    }
  }

  func store(_ diagnostics: [Diagnostic], at index: Int) {
    lock.withLock { slots[index] = diagnostics }
  }

  func all() -> [[Diagnostic]] { lock.withLock { slots } }
}
