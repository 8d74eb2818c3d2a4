import VigilBase
import VigilBoards
import VigilLedger

/// Who takes the course: the holder of `--license`, else the home's only learner, else (on a first
/// run) the learner the session asks for, stored so it never asks again.
enum LearnerChoice {
  static func learner(in ledger: Ledger, license: String?, boards: [Board]) throws -> Learner {
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
    if learners.count > 1 {
      throw CommandError(
        .usage, "this ledger has \(learners.count) learners; say who is taking the course with --license BOARD:TYPE:NUMBER")
    }
    return try FirstRunRegistration.ask(ledger: ledger, boards: boards)
  }
}
