import ArgumentParser
import VigilBase
import VigilBoards
import VigilCourse
import VigilLedger

extension VigilCommand.LearnerCommand.LicenseCommand {
  /// `vigil learner license add --learner ID --board B --type T --number N --expires DATE`.
  struct AddLicense: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a license to a learner; it is named BOARD:TYPE:NUMBER afterwards (e.g. tx-bon:RN:123456).",
      discussion: """
        The board is the id of its rules file in Boards/ (tx-bon for Boards/tx-bon.xml); the type is the \
        license type (RN, LVN, APRN, MD…); the number is as the board prints it. Attributes are the practice \
        facts board rules ask about, e.g. direct-patient-care, emergency-room, prescriptive-authority.
        """
    )

    @OptionGroup var home: HomeOptions

    @OptionGroup var boards: BoardOptions

    @Option(help: "The learner's id, as vigil learner add printed it.")
    var learner: Int64

    @Option(help: "The board's id, e.g. tx-bon.")
    var board: String

    @Option(help: "The license type, e.g. RN.")
    var type: String

    @Option(help: "The license number.")
    var number: String

    @Option(help: ArgumentHelp("The day the license expires.", valueName: "YYYY-MM-DD"))
    var expires: CalendarDate

    @Option(help: ArgumentHelp("The day the license was first issued.", valueName: "YYYY-MM-DD"))
    var issued: CalendarDate?

    @Option(name: .customLong("attribute"), help: "A practice attribute (repeat for several).")
    var attributes: [String] = []

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let profile = LicenseProfile(
        boardID: board, licenseType: type, number: number, expires: expires, issued: issued,
        attributes: Set(attributes))
      try boards.board(id: board).check(profile)
      let ledger = try home.openLedger(.existing)
      let holder = try ledger.requireLearner(id: learner)
      let license = try ledger.addLicense(profile, learnerID: holder.id)
      try FileHandleOutput.standardOutput.write(LearnerPrinter(format: output.format).added(license, holder: holder))
      if license.profile.expires < CommandClock.today() {
        // A lapsed license is kept (its holder may be earning the credit to reinstate it), but a typo in
        // the year should not pass unnoticed.
        try FileHandleOutput.standardError.write(
          "note: license \(license.key) expired on \(license.profile.expires), before today; once the board renews "
            + "it, record the new expiry with `vigil learner license update --license \(license.key) --expires "
            + "YYYY-MM-DD`\n")
      }
    }
  }
}
