import Testing
import VigilGrading
import VigilLedger

/// Attempts and responses: numbering, idempotent saves, conflicts, and finishing.
@Suite struct AttemptResponseTests {
  private func response(_ attemptID: Int64, _ question: String, _ sequence: Int, _ typed: String) -> NewResponse {
    NewResponse(
      attemptID: attemptID, questionID: question, sequence: sequence, typed: typed, response: .choice(id: typed),
      savedAt: Timestamp(secondsSinceEpoch: 1_780_000_100 + Int64(sequence)))
  }

  @Test func startsNumbersAndReadsBackAttempts() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let first = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: ana.id))
    #expect(first.record.attemptNumber == 1)
    #expect(first.record.attempt == LedgerFixture.realised())
    #expect(first.deadline == Timestamp(secondsSinceEpoch: 1_780_003_600))
    #expect(!first.isFinished && first.record.responses.isEmpty)
    try ledger.finishAttempt(
      id: first.id, grade: LedgerFixture.grade(percentage: 40, passed: false),
      finishedAt: Timestamp(secondsSinceEpoch: 1_780_000_900))
    let second = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: ana.id))
    #expect(second.record.attemptNumber == 2)
    #expect(
      try ledger.openAttempt(learnerID: ana.id, courseID: "human-trafficking-healthcare", quizID: "final")?.id
        == second.id)
    let all = try ledger.attempts(learnerID: ana.id, courseID: "human-trafficking-healthcare", quizID: "final")
    #expect(all.map(\.record.attemptNumber) == [1, 2])
    #expect(all[0].grade?.percentage == 40)
  }

  @Test func seedsKeepAllSixtyFourBits() throws {
    let ledger = try LedgerFixture().open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    var new = LedgerFixture.newAttempt(learnerID: ana.id)
    new.attempt.seed = UInt64.max - 1
    let stored = try ledger.startAttempt(new)
    #expect(try ledger.attempt(id: stored.id).record.attempt.seed == UInt64.max - 1)
  }

  @Test func sameResponseTwiceStoresOnce() throws {
    let ledger = try LedgerFixture().open()
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: try ledger.addLearner(name: "Ana").id))
    #expect(try ledger.recordResponse(response(attempt.id, "q1", 1, "a")) == .stored)
    #expect(try ledger.recordResponse(response(attempt.id, "q1", 1, "a")) == .alreadyStored)
    #expect(try ledger.recordResponse(response(attempt.id, "q1", 2, "b")) == .stored)
    #expect(try ledger.recordResponse(response(attempt.id, "q2", 1, "a")) == .stored)
    let saved = try ledger.attempt(id: attempt.id).record.responses
    #expect(saved.map(\.questionID) == ["q1", "q1", "q2"])
    #expect(saved.map(\.response) == [.choice(id: "a"), .choice(id: "b"), .choice(id: "a")])
  }

  @Test func differentAnswerUnderTheSameKeyIsAConflict() throws {
    let ledger = try LedgerFixture().open()
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: try ledger.addLearner(name: "Ana").id))
    try ledger.recordResponse(response(attempt.id, "q1", 1, "a"))
    let error = #expect(throws: LedgerError.self) { try ledger.recordResponse(response(attempt.id, "q1", 1, "b")) }
    #expect(error?.code == .conflict)
    #expect(try ledger.attempt(id: attempt.id).record.responses.count == 1)
  }

  @Test func refusesResponsesThatCannotBelong() throws {
    let ledger = try LedgerFixture().open()
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: try ledger.addLearner(name: "Ana").id))
    let unknown = #expect(throws: LedgerError.self) { try ledger.recordResponse(response(attempt.id, "q9", 1, "a")) }
    #expect(unknown?.code == .invalidValue)
    let noAttempt = #expect(throws: LedgerError.self) { try ledger.recordResponse(response(99, "q1", 1, "a")) }
    #expect(noAttempt?.code == .notFound)
    let badSequence = #expect(throws: LedgerError.self) {
      try ledger.recordResponse(response(attempt.id, "q1", 0, "a"))
    }
    #expect(badSequence?.code == .invalidValue)
    try ledger.recordResponse(response(attempt.id, "q1", 1, "a"))
    try ledger.finishAttempt(
      id: attempt.id, grade: LedgerFixture.grade(), finishedAt: Timestamp(secondsSinceEpoch: 1_780_000_500))
    let closed = #expect(throws: LedgerError.self) { try ledger.recordResponse(response(attempt.id, "q2", 1, "a")) }
    #expect(closed?.code == .attemptClosed)
    #expect(try ledger.recordResponse(response(attempt.id, "q1", 1, "a")) == .alreadyStored)
    let again = #expect(throws: LedgerError.self) {
      try ledger.finishAttempt(
        id: attempt.id, grade: LedgerFixture.grade(), finishedAt: Timestamp(secondsSinceEpoch: 1_780_000_600))
    }
    #expect(again?.code == .attemptClosed)
  }

  @Test func finishingChecksTheAttemptNumber() throws {
    let ledger = try LedgerFixture().open()
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: try ledger.addLearner(name: "Ana").id))
    let error = #expect(throws: LedgerError.self) {
      try ledger.finishAttempt(
        id: attempt.id, grade: LedgerFixture.grade(number: 2), finishedAt: Timestamp(secondsSinceEpoch: 1))
    }
    #expect(error?.code == .invalidValue)
    #expect(try !ledger.attempt(id: attempt.id).isFinished)
  }

  @Test func attemptForAMissingLearnerIsRefused() throws {
    let ledger = try LedgerFixture().open()
    let error = #expect(throws: LedgerError.self) { try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: 5)) }
    #expect(error?.code == .notFound)
  }
}
