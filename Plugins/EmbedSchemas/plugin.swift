import Foundation
import PackagePlugin

/// Compiles each `.xsd` file of the target's folder into the target as a Swift string (`course.xsd`
/// becomes `VigilSchemas.courseText`), so the schemas travel inside the binary.
@main
struct EmbedSchemas: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let tool = try context.tool(named: "embed-schema")
    let folder = target.directoryURL
    let schemas = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".xsd") }
      .sorted()
    return schemas.map { file in
      let stem = String(file.dropLast(4))
      let name = Self.camelCase(stem)
      let input = folder.appending(path: file)
      let output = context.pluginWorkDirectoryURL.appending(path: "\(name)Schema.swift")
      return .buildCommand(
        displayName: "Embedding \(file)", executable: tool.url, arguments: [input.path, output.path, name],
        inputFiles: [input], outputFiles: [output])
    }
  }

  /// `completion-batch` becomes `completionBatch`.
  private static func camelCase(_ stem: String) -> String {
    let words = stem.split(separator: "-")
    return words.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
  }
}
