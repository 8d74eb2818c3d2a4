// Grading throughput against the cost of persisting one response.
//
// 1. Generates 1,000,000 responses across every question kind and scheme (deterministically, from a
//    fixed seed), grades them and prints responses per second, overall and per kind.
// 2. Saves responses through the ledger's own Ledger.recordResponse on an on-disk ledger (one
//    transaction each, synchronous=FULL), as vigil take commits each answer before the next screen,
//    and prints microseconds per save.
// 3. Prints how many times cheaper grading is than persisting (target: at least 100x).
//
// Run: swift build -c release --product grade-benchmark && .build/release/grade-benchmark

import Foundation
import VigilGrading
import VigilLedger

let responseCount = 1_000_000
let insertCount = 10_000
let workloadSeed: UInt64 = 20_240_601

/// One question of every kind and scheme.
func benchmarkQuestions() -> [Question] {
  let letters = ["a", "b", "c", "d", "e"]
  let choices = letters.enumerated().map { index, id in
    Choice(
      id: id, text: id, isCorrect: index % 2 == 0, weight: index % 2 == 0 ? 1.0 / 3 : -0.5, feedback: "feedback \(id)")
  }
  let schemes = MultipleResponseScheme.allCases.map { scheme in
    Question(id: "multi-\(scheme.rawValue)", prompt: "", kind: .multipleResponse(choices, scheme: scheme))
  }
  let items = letters.map { OrderItem(id: $0, text: $0) }
  return [
    Question(id: "single", prompt: "", kind: .singleChoice(choices)),
    Question(id: "tf", prompt: "", kind: .trueFalse(answer: true)),
    Question(
      id: "match", prompt: "",
      kind: .matching(
        stems: (1...4).map { MatchStem(id: "s\($0)", text: "", targetID: "t\($0)") },
        targets: (1...5).map { MatchTarget(id: "t\($0)", text: "") })),
    Question(id: "order-aon", prompt: "", kind: .ordering(items: items, scoring: .allOrNothing)),
    Question(id: "order-pairs", prompt: "", kind: .ordering(items: items, scoring: .adjacentPairs)),
    Question(
      id: "text", prompt: "",
      kind: .shortText(
        answers: [
          TextAnswer(pattern: "frog", fraction: 1, feedback: "good"), TextAnswer(pattern: "toad", fraction: 0.8),
          TextAnswer(pattern: "colo*r", fraction: 0.5), TextAnswer(pattern: "*", fraction: 0, feedback: "no"),
        ], isCaseSensitive: false)),
    Question(
      id: "number", prompt: "",
      kind: .numeric(answers: [
        NumericAnswer(value: 3.14, tolerance: 0.01, fraction: 1),
        NumericAnswer(value: 3, tolerance: 0.1, toleranceMode: .relative, fraction: 0.5),
      ])),
  ] + schemes
}

/// A deterministic response to `question`.
func response(to question: Question, using generator: inout SplitMix64) -> Response {
  let texts = ["frog", " Toad ", "newt", "FROG", "colour", "fro", "Frogs", "c\u{0327}a"]
  switch question.kind {
  case .singleChoice(let choices):
    return .choice(id: choices[generator.nextIndex(below: choices.count)].id)
  case .multipleResponse(let choices, _):
    return .choices(ids: choices.filter { _ in generator.nextIndex(below: 2) == 0 }.map(\.id))
  case .trueFalse:
    return .trueFalse(answer: generator.nextIndex(below: 2) == 0)
  case .matching(let stems, let targets):
    return .matches(
      pairs: stems.map { MatchPair(stemID: $0.id, targetID: targets[generator.nextIndex(below: targets.count)].id) })
  case .ordering(let items, _):
    var ids = items.map(\.id)
    generator.shuffle(&ids)
    return .order(ids: ids)
  case .shortText:
    return .text(answer: texts[generator.nextIndex(below: texts.count)])
  case .numeric:
    return .number(value: 2.9 + Double(generator.nextIndex(below: 40)) / 100)
  }
}

/// `count` responses, each with the index of the question it answers.
func makeWorkload(questions: [Question], count: Int, seed: UInt64) -> [(question: Int, response: Response)] {
  var generator = SplitMix64(seed: seed)
  var workload: [(question: Int, response: Response)] = []
  workload.reserveCapacity(count)
  for _ in 0..<count {
    let index = generator.nextIndex(below: questions.count)
    workload.append((index, response(to: questions[index], using: &generator)))
  }
  return workload
}

/// Grades every response; returns the sum of the final fractions so the work cannot be skipped.
func gradeAll(_ workload: [(question: Int, response: Response)], questions: [Question]) throws -> Double {
  var sum = 0.0
  for (index, response) in workload {
    sum += try questions[index].grade(response).finalFraction
  }
  return sum
}

func seconds(_ duration: Duration) -> Double {
  let parts = duration.components
  return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

func format(_ value: Double, _ decimals: Int) -> String {
  String(format: "%.\(decimals)f", value)
}

/// Grades the workload, prints the overall and per-question figures, and returns seconds per grade
/// with the workload for the insert measurement.
func measureGrading() throws -> (
  seconds: Double, workload: [(question: Int, response: Response)], questions: [Question]
) {
  let questions = benchmarkQuestions()
  let workload = makeWorkload(questions: questions, count: responseCount, seed: workloadSeed)
  let clock = ContinuousClock()
  _ = try gradeAll(Array(workload.prefix(10_000)), questions: questions)
  var fractionSum = 0.0
  let time = try clock.measure { fractionSum = try gradeAll(workload, questions: questions) }
  let perGrade = seconds(time) / Double(responseCount)
  let total = format(seconds(time), 3)
  let mean = format(fractionSum / Double(responseCount), 4)
  print("graded \(responseCount) responses over \(questions.count) question kinds/schemes in \(total) s")
  let rate = format(1 / perGrade, 0)
  print("grading: \(rate) responses/s (\(format(perGrade * 1e6, 3)) µs per response; mean fraction \(mean))")
  for (index, question) in questions.enumerated() {
    let subset = workload.filter { $0.question == index }
    let subsetTime = try clock.measure { _ = try gradeAll(subset, questions: questions) }
    let name = question.id.padding(toLength: 30, withPad: " ", startingAt: 0)
    print("  \(name) \(format(seconds(subsetTime) / Double(subset.count) * 1e6, 3)) µs per response")
  }
  return (perGrade, workload, questions)
}

/// Seconds per response saved through the ledger's own `recordResponse` (its checks, its row and its
/// transaction, committed with the ledger's synchronous=FULL), as `vigil take` saves each answer.
func measureResponseSaves(workload: ArraySlice<(question: Int, response: Response)>, questions: [Question]) throws
  -> Double
{
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-grade-benchmark-\(getpid())")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let ledger = try Ledger(path: directory.appendingPathComponent("ledger.sqlite").path, mode: .create)
  let learner = try ledger.addLearner(name: "Benchmark Learner")
  let realised = RealisedAttempt(
    quizID: "benchmark", seed: workloadSeed,
    questions: questions.map { PresentedQuestion(questionID: $0.id, sectionID: "main") })
  let attempt = try ledger.startAttempt(
    NewAttempt(
      learnerID: learner.id, courseID: "benchmark", courseVersion: "1.0", contentDigest: "sha256:benchmark",
      attempt: realised, startedAt: Timestamp(secondsSinceEpoch: 1_700_000_000)))
  var revisions = [Int](repeating: 0, count: questions.count)
  let saves = workload.map { item in
    revisions[item.question] += 1
    return NewResponse(
      attemptID: attempt.id, questionID: questions[item.question].id, sequence: revisions[item.question],
      typed: "benchmark", response: item.response, savedAt: Timestamp(secondsSinceEpoch: 1_700_000_000))
  }
  let time = try ContinuousClock().measure {
    for save in saves { try ledger.recordResponse(save) }
  }
  let perSave = seconds(time) / Double(saves.count)
  print(
    "persisting: \(format(perSave * 1e6, 1)) µs per response saved with Ledger.recordResponse "
      + "(\(saves.count) saves, one transaction each, synchronous=FULL)")
  return perSave
}

let grading = try measureGrading()
let perInsert = try measureResponseSaves(workload: grading.workload.prefix(insertCount), questions: grading.questions)
let ratio = format(perInsert / grading.seconds, 0)
print("ratio: grading is \(ratio)x cheaper than persisting a response (target ≥ 100x)")
