import VigilBase
import VigilCourse

/// `board-file-name`: a board file is `Boards/<id>.xml`, because licenses name their board by that id.
struct BoardFileNameRule: BoardRule {
  let id = RuleID.boardFileName

  func check(_ document: BoardDocument, context: BoardCheckContext) -> [Diagnostic] {
    let name = document.file.split(separator: "/").last.map(String.init) ?? document.file
    let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
    guard let boardID = document.root[attribute: "id"]?.trimmedOfWhitespace(), boardID != stem else { return [] }
    return [
      document.diagnostic(
        id,
        "the board id '\(boardID)' does not match the file name \(name); name the file \(boardID).xml or change the id",
        at: document.root, attribute: "id")
    ]
  }
}
