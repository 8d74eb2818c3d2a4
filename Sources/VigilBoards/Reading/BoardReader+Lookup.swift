import VigilBase

extension BoardReader {
  /// The board with this id among the board files of a folder, for a command to use.
  ///
  /// Other boards' files in the folder may have errors; the board asked for may not.
  ///
  /// - Throws: ``BoardError`` with `notFound` when the folder cannot be read, holds no board files or
  ///   none for `id` (listing the boards it does hold), or `invalidBoard` when that board's file has errors.
  public func board(id: String, inFolder folder: String) throws(BoardError) -> Board {
    let (boards, diagnostics) = read(folderAt: folder)
    if let board = boards.first(where: { $0.id == id }) { return board }
    if let missing = diagnostics.first(where: { $0.ruleID == .boardMissing }) {
      throw BoardError(.notFound, "no board files in \(Echo.quoted(folder)): \(missing.message); pass --boards FOLDER")
    }
    let stem = id.hasSuffix(".xml") ? id : id + ".xml"
    if let broken = diagnostics.first(where: { $0.severity == .error && $0.file.hasSuffix("/" + stem) }) {
      throw BoardError(
        .invalidBoard, "the board file for \(Echo.quoted(id)) has errors: \(broken); run `vigil validate \(folder)`")
    }
    let known = boards.map(\.id).joined(separator: ", ")
    throw BoardError(
      .notFound,
      "there is no board \(Echo.quoted(id)) in \(Echo.quoted(folder))"
        + (known.isEmpty ? "; it holds no valid board file" : "; the boards there are \(known)"))
  }
}
