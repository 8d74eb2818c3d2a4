import ArgumentParser
import VigilBase

/// `vigil help COMMAND...`: argument-parser prints the root help and exits 0 for a command that does
/// not exist; Vigil says so instead.
enum HelpTopic {
  /// - Throws: ``CommandError`` when `help` names a command Vigil does not have.
  static func check(_ arguments: [String]) throws(CommandError) {
    guard arguments.first == "help" else { return }
    var path = ["vigil"]
    var subcommands = VigilCommand.configuration.subcommands
    for name in arguments.dropFirst() where !name.hasPrefix("-") {
      let names = subcommands.map(commandName)
      guard let index = names.firstIndex(of: name) else {
        throw CommandError(
          .usage, "\(path.joined(separator: " ")) has no command \(Echo.quoted(name)); its commands are "
            + names.joined(separator: ", "))
      }
      path.append(name)
      subcommands = subcommands[index].configuration.subcommands
    }
  }

  private static func commandName(_ command: any ParsableCommand.Type) -> String {
    command._commandName
  }
}
