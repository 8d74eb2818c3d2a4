import ArgumentParser

/// `--format text|json` for commands whose output a program may read.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case text
  case json
}

/// The `--format` option, one group every command that prints a report shares.
struct FormatOptions: ParsableArguments {
  @Option(help: "Output format: text, or json for programs (one document, described in the README).")
  var format: OutputFormat = .text
}
