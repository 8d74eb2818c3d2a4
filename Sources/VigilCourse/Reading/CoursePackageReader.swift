import VigilBase
import VigilSchemas
import VigilXML

/// Reads course packages: `course.xml` and the lesson and question-bank files it references, each
/// parsed safely and validated against `Schemas/course.xsd`, then built into a ``Course``.
///
/// Each distinct file of a package (by device and inode) is read once however many links or references
/// lead to it, and a package whose files total more than ``VigilXML/XMLLimits/maximumPackageBytes``
/// is refused. The schema is compiled once per reader; use one reader for a whole run.
public final class CoursePackageReader {
  private let reader: XMLDocumentReader

  /// Creates a reader with the course schema compiled into Vigil.
  ///
  /// - Throws: ``CourseError`` when the schema does not compile.
  public init(limits: XMLLimits = .standard) throws(CourseError) {
    do {
      let schema = try XMLSchema(text: VigilSchemas.text(of: .course), named: "course.xsd")
      reader = XMLDocumentReader(schema: schema, limits: limits)
    } catch {
      throw CourseError(.schemaUnusable, error.message)
    }
  }

  /// Reads the package in `directory`, returning the package (when `course.xml` parsed) and every problem found.
  public func read(packageAt directory: String) -> (package: CoursePackage?, diagnostics: [Diagnostic]) {
    let courseFile = directory.hasSuffix("/") ? directory + "course.xml" : directory + "/course.xml"
    if case .failure(let refusal) = PackagePath.resolve("course.xml", in: directory) {
      let message =
        refusal == .missing
        ? "no course.xml in this folder; a course package is a folder with a course.xml file"
        : "course.xml is a link to a file outside the package; put the file itself in the folder"
      let rule: RuleID = refusal == .missing ? .packageMissingCourse : .fileOutsidePackage
      return (nil, [Diagnostic(.error, rule, message, file: directory)])
    }
    var diagnostics: [Diagnostic] = []
    var files = PackageFiles(budget: reader.limits.maximumPackageBytes)
    guard
      let root = document(
        at: courseFile, relativePath: "course.xml", expecting: "course", rule: .xmlNamespace, files: &files,
        into: &diagnostics)
    else { return (nil, diagnostics) }
    var included: [String: LoadedDocument] = [:]
    let references =
      (root.child(named: "lessons")?.children(named: "lessonFile") ?? []).map { ($0, "lesson") }
      + (root.child(named: "questionBanks")?.children(named: "questionBankFile") ?? []).map { ($0, "questionBank") }
    for (element, expectedRoot) in references {
      guard let href = element.attribute("href"), included[href.value] == nil else { continue }
      let place = SourceReference(file: courseFile, location: href.location)
      switch PackagePath.resolve(href.value, in: directory) {
      case .failure(.notRelative):
        diagnostics.append(
          Diagnostic(
            .error, .fileOutsidePackage,
            "\(Echo.quoted(href.value)) is not a plain relative path inside the package; write it like lessons/01-intro.xml",
            at: place))
      case .failure(.missing):
        diagnostics.append(
          Diagnostic(.error, .fileMissing, "\(Echo.quoted(href.value)) does not exist in the package; check the path", at: place))
      case .failure(.escapes(let target)):
        diagnostics.append(
          Diagnostic(
            .error, .fileOutsidePackage,
            "\(Echo.quoted(href.value)) is a link to \(target), outside the package; copy the file into the package", at: place))
      case .success(let path):
        if files.isOverBudget(path) {
          diagnostics.append(
            Diagnostic(
              .error, .packageTooLarge,
              "the package's files come to more than \(FileBytes.megabytes(files.budget)) MiB, the limit, with "
                + "'\(href.value)'; make the files smaller or split the course", at: place))
          return (nil, diagnostics)
        }
        if let fileRoot = document(
          at: path, relativePath: href.value, expecting: expectedRoot, rule: .fileWrongKind, files: &files,
          into: &diagnostics)
        {
          included[href.value] = LoadedDocument(file: path, root: fileRoot)
        }
      }
    }
    var builder = CourseBuilder(courseFile: courseFile, includedFiles: included)
    let course = builder.build(root)
    diagnostics += builder.diagnostics
    let package = CoursePackage(
      directory: directory, courseFile: courseFile, course: course, sources: builder.sources,
      files: files.paths)
    return (package, diagnostics)
  }

  /// Reads one XML file of the course vocabulary on its own (a lesson or question-bank file).
  public func read(fileAt path: String) -> (root: XMLElement?, diagnostics: [Diagnostic]) {
    let result = reader.read(contentsOfFile: path)
    if let root = result.root, root.namespace != CourseNamespace.uri {
      let found = root.namespace.map { "{\($0)}\(root.name)" } ?? root.name
      let message =
        "the root element is \(found); Vigil reads <course>, <lesson> and <questionBank> in the namespace "
        + "\(CourseNamespace.uri); fix the xmlns attribute"
      return (nil, [Diagnostic(.error, .xmlNamespace, message, file: path, at: root.location)])
    }
    return (result.root, result.issues.map { Diagnostic($0, file: path) })
  }

  /// Reads a file (or takes it from `files` when it was read already, its issues reported then) and
  /// checks that its root is the expected element of the course namespace.
  private func document(
    at path: String, relativePath: String, expecting rootName: String, rule: RuleID, files: inout PackageFiles,
    into diagnostics: inout [Diagnostic]
  ) -> XMLElement? {
    let result: XMLReadResult
    if let known = files.alreadyRead(path) {
      result = XMLReadResult(root: known, issues: [])
    } else {
      result = reader.read(contentsOfFile: path, maximumBytes: files.remaining)
    }
    files.record(path, relativePath: relativePath, root: result.root)
    guard let root = result.root else {
      diagnostics += result.issues.map { Diagnostic($0, file: path) }
      return nil
    }
    guard root.name == rootName, root.namespace == CourseNamespace.uri else {
      let found = root.namespace.map { "{\($0)}\(root.name)" } ?? root.name
      diagnostics.append(
        Diagnostic(
          .error, rule,
          "the root element is \(found); this file must hold <\(rootName) xmlns=\"\(CourseNamespace.uri)\">",
          file: path, at: root.location))
      return nil
    }
    diagnostics += result.issues.map { Diagnostic($0, file: path) }
    return root
  }
}
