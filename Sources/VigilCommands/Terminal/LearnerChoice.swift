import VigilBase
import VigilBoards
import VigilLedger

/// Who takes the course: the holder of `--license`, else the home's only learner, else the learner whose
/// license is picked from a list, else (on a first run) the learner the session asks for, stored so it
/// never asks again; nil when the learner typed `quit` instead.
enum LearnerChoice {
  static func learner(in ledger: Ledger, license: String?, boards: [Board], input: LineInput) throws -> Learner? {
    if let license {
      let key = try LicenseKey(parsing: license)
      guard let record = try ledger.license(key) else {
        throw CommandError(
          .notFound, "there is no license \(key) in the ledger; add it with vigil learner add and vigil learner license add")
      }
      return try ledger.requireLearner(id: record.learnerID)
    }
    let learners = try ledger.learners()
    if learners.count == 1, let only = learners.first { return only }
    if learners.count > 1 { return try pick(from: ledger, input: input) }
    return try FirstRunRegistration.ask(ledger: ledger, boards: boards, input: input)
  }

  /// Asks which license, by number, among every learner's licenses.
  private static func pick(from ledger: Ledger, input: LineInput) throws -> Learner? {
    let choices = try ledger.roster().flatMap { entry in entry.licenses.map { (entry.learner, $0) } }
    guard !choices.isEmpty else {
      throw CommandError(
        .usage, "this ledger's learners hold no license yet; add one with vigil learner license add, or pass --license")
    }
    var list = "Which license are you taking the course for?\n"
    for (index, (learner, license)) in choices.enumerated() {
      list += "  \(index + 1)) \(license.key) (\(learner.name))\n"
    }
    try FileHandleOutput.standardOutput.write(list)
    while true {
      try FileHandleOutput.standardOutput.write("Type its number (or quit):\n> ")
      guard let line = input.nextLine() else {
        throw CommandError(.usage, "the input ended before a license was picked; pass --license BOARD:TYPE:NUMBER")
      }
      let answer = line.trimmedOfWhitespace()
      if answer.lowercased() == "quit" { return nil }
      if let number = Int(answer), choices.indices.contains(number - 1) {
        return choices[number - 1].0
      }
      try FileHandleOutput.standardOutput.write("\(Echo.quoted(line)) is not one of 1 to \(choices.count).\n")
    }
  }
}
