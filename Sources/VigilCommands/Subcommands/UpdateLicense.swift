import ArgumentParser
import VigilBase
import VigilBoards
import VigilLedger

extension VigilCommand.LearnerCommand.LicenseCommand {
  /// `vigil learner license update --license KEY [--expires DATE] [--issued DATE] [--attribute A…]`.
  struct UpdateLicense: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Renew or correct a license: a new expiry, issue date or practice attributes (recorded as an event).",
      discussion: """
        A renewal is a new --expires. --attribute replaces the license's practice attributes (repeat it for \
        several; --no-attributes removes them all); attributes are checked against the board file.
        """
    )

    @OptionGroup var home: HomeOptions

    @OptionGroup var boards: BoardOptions

    @Option(help: ArgumentHelp("The license, as BOARD:TYPE:NUMBER (e.g. tx-bon:RN:123456).", valueName: "license"))
    var license: String

    @Option(help: ArgumentHelp("The new expiry date.", valueName: "YYYY-MM-DD"))
    var expires: CalendarDate?

    @Option(help: ArgumentHelp("The corrected first issue date.", valueName: "YYYY-MM-DD"))
    var issued: CalendarDate?

    @Option(name: .customLong("attribute"), help: "A practice attribute; replaces the license's attributes (repeat for several).")
    var attributes: [String] = []

    @Flag(help: "Remove every practice attribute.")
    var noAttributes = false

    @OptionGroup var output: FormatOptions

    func validate() throws {
      guard expires != nil || issued != nil || !attributes.isEmpty || noAttributes else {
        throw ValidationError("say what changes: --expires, --issued, --attribute or --no-attributes")
      }
      if noAttributes && !attributes.isEmpty { throw ValidationError("--attribute and --no-attributes contradict each other") }
    }

    mutating func run() throws {
      let key = try LicenseKey(parsing: license)
      let ledger = try home.openLedger(.existing)
      let newAttributes: Set<String>? = noAttributes ? [] : attributes.isEmpty ? nil : Set(attributes)
      if let newAttributes {
        var profile = try ledger.requireLicense(key).profile
        profile.attributes = newAttributes
        try boards.board(id: key.board).check(profile)
      }
      let updated = try ledger.updateLicense(key, expires: expires, issued: issued.map { $0 }, attributes: newAttributes)
      try FileHandleOutput.standardOutput.write(LearnerPrinter(format: output.format).updated(updated))
    }
  }
}
