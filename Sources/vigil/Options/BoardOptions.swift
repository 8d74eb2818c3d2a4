import ArgumentParser
import Foundation
import VigilBoards

/// `--boards FOLDER`: where the board rule files are.
struct BoardOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The folder of board files (default: $VIGIL_BOARDS, else ./Boards, else the Boards folder of the Vigil checkout).",
      valueName: "folder"))
  var boards: String?

  /// The folder to read boards from.
  func folder() -> String? {
    if let boards { return boards }
    if let fromEnvironment = ProcessInfo.processInfo.environment["VIGIL_BOARDS"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    if FileManager.default.fileExists(atPath: "Boards") { return "Boards" }
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    while url.path != "/" {
      let candidate = url.appendingPathComponent("Boards").path
      if FileManager.default.fileExists(atPath: candidate + "/tx-bon.xml") { return candidate }
      url.deleteLastPathComponent()
    }
    return nil
  }

  /// The board with this id, or exit 2 with a message that says what to do.
  func board(id: String) throws -> Board {
    guard let folder = folder() else {
      FileHandleOutput.standardError.write("error: no board files found; pass --boards FOLDER or set VIGIL_BOARDS\n")
      throw ExitCode.usageError
    }
    do {
      let (boards, _) = try BoardReader().read(folderAt: folder)
      guard let board = boards.first(where: { $0.id == id }) else {
        let known = boards.map(\.id).joined(separator: ", ")
        FileHandleOutput.standardError.write(
          "error: no valid board file for '\(id)' in \(folder) (boards there: \(known)); run `vigil validate \(folder)`\n")
        throw ExitCode.usageError
      }
      return board
    } catch let error as BoardError {
      FileHandleOutput.standardError.write("error: \(error.message)\n")
      throw ExitCode.usageError
    }
  }
}
