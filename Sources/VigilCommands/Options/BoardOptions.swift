import ArgumentParser
import Foundation
import VigilBoards

/// `--boards FOLDER`: where the board rule files are.
struct BoardOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The folder of board files (default: $VIGIL_BOARDS, else ./Boards, else a Boards folder beside the vigil binary or above it).",
      valueName: "folder"))
  var boards: String?

  /// The folder to read boards from: the option, the environment, `./Boards`, or the first `Boards`
  /// folder holding `.xml` files beside the binary or in a folder above it (a checkout's `Boards/`).
  func folder() throws(CommandError) -> String {
    if let boards { return boards }
    if let fromEnvironment = ProcessInfo.processInfo.environment["VIGIL_BOARDS"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    if Self.holdsXML("Boards") { return "Boards" }
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    while url.path != "/" {
      let candidate = url.appendingPathComponent("Boards").path
      if Self.holdsXML(candidate) { return candidate }
      url.deleteLastPathComponent()
    }
    throw CommandError(.notFound, "no board files found; pass --boards FOLDER or set VIGIL_BOARDS")
  }

  /// The board with this id.
  ///
  /// - Throws: ``CommandError`` when no board folder is found, ``BoardError`` when it lacks the board.
  func board(id: String) throws -> Board {
    try BoardReader().board(id: id, inFolder: folder())
  }

  private static func holdsXML(_ folder: String) -> Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.contains { $0.hasSuffix(".xml") }
  }
}
