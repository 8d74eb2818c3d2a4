import Foundation
import VigilBase
import VigilCourse
import VigilSchemas
import VigilXML

/// Reads board files (`Boards/<id>.xml`) into ``Board`` values: each file is parsed safely, validated
/// against `Schemas/board.xsd`, checked by the semantic board rules and built.
///
/// The schema is compiled once per reader; use one reader for a whole run.
public final class BoardReader {
  private let reader: XMLDocumentReader

  /// Creates a reader with the board schema compiled into Vigil.
  ///
  /// - Throws: ``BoardError`` when the schema does not compile.
  public init(limits: XMLLimits = .standard) throws(BoardError) {
    do {
      let schema = try XMLSchema(text: VigilSchemas.text(of: .board), named: "board.xsd")
      reader = XMLDocumentReader(schema: schema, limits: limits)
    } catch {
      throw BoardError(.schemaUnusable, error.message)
    }
  }

  /// Reads one board file: the board when the file has no errors, and every problem found.
  public func read(fileAt path: String) -> (board: Board?, diagnostics: [Diagnostic]) {
    let (document, problems) = self.document(at: path)
    guard let document else { return (nil, problems) }
    let diagnostics = BoardValidator.check(document, context: BoardCheckContext(today: nil))
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
    return (BoardBuilder(document).build(document.root), diagnostics)
  }

  /// Reads every `.xml` file directly inside a folder (such as `Boards/`): the boards without errors,
  /// sorted by id, and every problem found.
  public func read(folderAt path: String) -> (boards: [Board], diagnostics: [Diagnostic]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      return (
        [],
        [
          Diagnostic(
            .error, .boardMissing, "cannot list the folder \(path); check that it exists and is readable", file: path)
        ]
      )
    }
    let files = names.filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }.sorted()
    guard !files.isEmpty else {
      return (
        [],
        [
          Diagnostic(
            .error, .boardMissing, "no board files (*.xml) in this folder; add Boards/<board-id>.xml files", file: path)
        ]
      )
    }
    var boards: [Board] = []
    var diagnostics: [Diagnostic] = []
    for name in files {
      let result = read(fileAt: path.hasSuffix("/") ? path + name : path + "/" + name)
      if let board = result.board { boards.append(board) }
      diagnostics += result.diagnostics
    }
    return (boards.sorted { $0.id < $1.id }, diagnostics)
  }

  /// Loads the boards at a path, a board file or a folder of them, for use: any error is thrown.
  ///
  /// - Throws: ``BoardError`` naming the first problem when the path is missing or any file has an error.
  public func boards(at path: String) throws(BoardError) -> [Board] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw BoardError(.notFound, "no such board file or folder: \(path); pass Boards/ or a file such as Boards/tx-bon.xml")
    }
    let boards: [Board]
    let diagnostics: [Diagnostic]
    if isDirectory.boolValue {
      (boards, diagnostics) = read(folderAt: path)
    } else {
      let result = read(fileAt: path)
      (boards, diagnostics) = (result.board.map { [$0] } ?? [], result.diagnostics)
    }
    let errors = diagnostics.filter { $0.severity == .error }
    if let first = errors.first {
      let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
      throw BoardError(.invalidBoard, "\(first)\(more); run `vigil validate \(path)` to see every problem and fix the board files")
    }
    return boards
  }

  /// Parses a file and checks it against the schema and the board namespace; the document is returned
  /// only when the file is valid XML of the board vocabulary.
  func document(at path: String) -> (document: BoardDocument?, diagnostics: [Diagnostic]) {
    let result = reader.read(contentsOfFile: path)
    guard let root = result.root else { return (nil, result.issues.map { Diagnostic($0, file: path) }) }
    guard root.name == "board", root.namespace == BoardNamespace.uri else {
      let found = root.namespace.map { "{\($0)}\(root.name)" } ?? root.name
      let message = "the root element is \(found); a board file holds <board xmlns=\"\(BoardNamespace.uri)\">"
      return (nil, [Diagnostic(.error, .xmlNamespace, message, file: path, at: root.location)])
    }
    guard result.issues.isEmpty else { return (nil, result.issues.map { Diagnostic($0, file: path) }) }
    return (BoardDocument(file: path, root: root), [])
  }
}
