// ledger-writer: a separate process that writes to a ledger, for VigilLedgerTests.
//
//   ledger-writer responses LEDGER ATTEMPT_ID WORKER COUNT
//     saves COUNT responses (each twice, to exercise idempotency) to the attempt's questions under
//     sequence numbers no other worker uses, and adds a learner every 10 responses; prints
//     "stored=<n> already=<n> learners=<n>".
//   ledger-writer create LEDGER
//     opens the ledger, creating it when it is missing (several may race to create it), adds a learner,
//     and while still connected prints the permission bits of the ledger, its -wal and -shm, its
//     folder and the folder's keys/ (e.g. "ledger=600 wal=600 shm=600 home=700 keys=none").
//   ledger-writer hold LEDGER COUNT
//     adds COUNT learners in one bulk load, prints "holding" and sleeps inside the transaction until
//     it is killed.

import Foundation
import VigilGrading
import VigilLedger

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("ledger-writer: \(message)\n".utf8))
  exit(2)
}

func writeResponses(ledgerPath: String, attemptID: Int64, worker: Int, count: Int) throws(LedgerError) {
  let ledger = try Ledger(path: ledgerPath, mode: .existing)
  let questions = try ledger.attempt(id: attemptID).record.attempt.questions.map(\.questionID)
  guard !questions.isEmpty else { fail("attempt \(attemptID) presents no questions") }
  var stored = 0
  var already = 0
  var learners = 0
  for index in 0..<count {
    let response = NewResponse(
      attemptID: attemptID, questionID: questions[index % questions.count], sequence: worker * 1_000_000 + index + 1,
      typed: "w\(worker)-\(index)", response: .text(answer: "w\(worker)-\(index)"),
      savedAt: Timestamp(secondsSinceEpoch: 1_780_000_000 + Int64(index)))
    for _ in 0..<2 {
      switch try ledger.recordResponse(response) {
      case .stored: stored += 1
      case .alreadyStored: already += 1
      }
    }
    if index % 10 == 0 {
      try ledger.addLearner(name: "Worker \(worker) learner \(index)")
      learners += 1
    }
  }
  print("stored=\(stored) already=\(already) learners=\(learners)")
}

func hold(ledgerPath: String, count: Int) throws(LedgerError) {
  let ledger = try Ledger(path: ledgerPath, mode: .existing)
  try ledger.bulkLoad { loader throws(LedgerError) in
    for index in 0..<count { _ = try loader.addLearner(name: "Held learner \(index)") }
    FileHandle.standardOutput.write(Data("holding\n".utf8))
    while true { sleep(60) }
  }
}

func create(ledgerPath: String) throws(LedgerError) {
  let ledger = try Ledger(path: ledgerPath, mode: .create)
  try ledger.addLearner(name: "Creator \(getpid())")
  func mode(_ path: String) -> String {
    var info = stat()
    guard lstat(path, &info) == 0 else { return "none" }
    return String(info.st_mode & 0o777, radix: 8)
  }
  let home = (ledgerPath as NSString).deletingLastPathComponent
  print(
    "ledger=\(mode(ledgerPath)) wal=\(mode(ledgerPath + "-wal")) shm=\(mode(ledgerPath + "-shm")) "
      + "home=\(mode(home)) keys=\(mode(home + "/keys"))")
}

let arguments = CommandLine.arguments
do {
  switch arguments.dropFirst().first {
  case "responses":
    guard arguments.count == 6, let attemptID = Int64(arguments[3]), let worker = Int(arguments[4]),
      let count = Int(arguments[5])
    else { fail("usage: ledger-writer responses LEDGER ATTEMPT_ID WORKER COUNT") }
    try writeResponses(ledgerPath: arguments[2], attemptID: attemptID, worker: worker, count: count)
  case "create":
    guard arguments.count == 3 else { fail("usage: ledger-writer create LEDGER") }
    try create(ledgerPath: arguments[2])
  case "hold":
    guard arguments.count == 4, let count = Int(arguments[3]) else { fail("usage: ledger-writer hold LEDGER COUNT") }
    try hold(ledgerPath: arguments[2], count: count)
  default:
    fail("usage: ledger-writer responses|create|hold ...")
  }
} catch {
  fail(error.message)
}
