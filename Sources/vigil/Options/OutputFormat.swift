import ArgumentParser

/// `--format text|json` for commands whose output a program may read.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case text
  case json
}
