import ArgumentParser
import VigilLedger

extension VigilCommand.LearnerCommand {
  /// `vigil learner update ID [--name NAME] [--email EMAIL] [--birthday MM-DD] [--extra-time PERCENT]`:
  /// corrects a learner or records an accommodation.
  struct UpdateLearner: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract:
        "Correct a learner's name, email or birthday, or give extra time (recorded as an event; nothing is overwritten unseen).",
      discussion: """
        Pass only what changes. An empty --email "" removes the email. Completions already recorded keep \
        the name they were recorded with: certificates print the name at completion, until one is \
        re-issued with the corrected name (vigil certificate reissue NUMBER). --extra-time 50 gives \
        time and a half on every timed quiz (an accommodation); --extra-time 0 removes it. An attempt \
        already started keeps its deadline.
        """
    )

    @OptionGroup var home: HomeOptions

    @Argument(help: "The learner's id, as vigil learner add printed it.")
    var id: Int64

    @Option(help: "The corrected full name, as certificates and board records show it.")
    var name: String?

    @Option(help: "The corrected email address (an empty string removes it).")
    var email: String?

    @Option(help: ArgumentHelp("The corrected birthday.", valueName: "MM-DD"))
    var birthday: MonthDay?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "Extra time on timed quizzes, as a percentage of the time limit (0 to 400; 0 removes it).",
        valueName: "PERCENT"))
    var extraTime: Int?

    @OptionGroup var output: FormatOptions

    func validate() throws {
      guard name != nil || email != nil || birthday != nil || extraTime != nil else {
        throw ValidationError("say what changes: --name, --email, --birthday or --extra-time")
      }
    }

    mutating func run() throws {
      let learner = try home.openLedger(.existing).updateLearner(
        id: id, name: name, email: email.map { $0.isEmpty ? nil : $0 }, birthday: birthday.map { $0 },
        extraTimePercent: extraTime)
      try FileHandleOutput.standardOutput.write(LearnerPrinter(format: output.format).updated(learner, extraTimePercent: extraTime))
    }
  }
}
