import ArgumentParser
import VigilBase
import VigilLedger

extension VigilCommand.BoardCommand.BoardTrustCommand {
  /// `vigil board trust list [--format json]`.
  struct ListTrustedProviders: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the providers the board trusts, and those it removed, with their key ids."
    )

    @OptionGroup var home: HomeOptions

    @OptionGroup var output: FormatOptions

    /// One provider in `--format json`.
    private struct Document: Encodable {
      var name: String
      var keys: [String]
      var trusted: Bool
      var trustedAt: Int64
      var removedAt: Int64?
    }

    mutating func run() throws {
      let providers = try home.openLedger(.readOnly).trustedProviders()
      if output.format == .json {
        try FileHandleOutput.standardOutput.write(
          try JSONOutput.encode(
            providers.map {
              Document(
                name: $0.name, keys: $0.keys.keys.map(\.keyID), trusted: $0.isTrusted, trustedAt: $0.trustedAt,
                removedAt: $0.removedAt)
            }))
        return
      }
      guard !providers.isEmpty else {
        try FileHandleOutput.standardOutput.write(
          "no provider is trusted yet; add one with `vigil board trust add PROVIDER.jwks --name NAME`\n")
        return
      }
      var text = ""
      for provider in providers {
        let state =
          provider.removedAt.map { "removed \(Self.day($0)) (trusted \(Self.day(provider.trustedAt)))" }
          ?? "trusted \(Self.day(provider.trustedAt))"
        text += "\(provider.name)  \(state)  keys: " + provider.keys.keys.map(\.keyID).joined(separator: ", ") + "\n"
      }
      try FileHandleOutput.standardOutput.write(text)
    }

    /// The UTC day of an instant.
    private static func day(_ seconds: Int64) -> String {
      CalendarDate(daysSinceEpoch: Int(seconds.quotientAndRemainder(dividingBy: 86_400).quotient)).description + " UTC"
    }
  }
}
