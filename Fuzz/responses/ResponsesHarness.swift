import FuzzSupport
import VigilGrading

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the way `vigil grade` reads a responses file: ``ResponsesDocument`` on the
/// bytes, then, when it reads, ``AnswerSheet`` grading against a quiz of every question kind, without
/// and with a seed.
///
/// Beyond "no trap, no hang", it checks what the reader promises: every error has a position inside
/// the file (or none, for the size limit) and a message; a document that reads has unique keys, entries
/// in file order, and survives a round trip (written back as JSON, it reads as the same entries).
struct ResponsesHarness {
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  /// Runs one input.
  func run(_ input: UnsafeBufferPointer<UInt8>) {
    let bytes = Array(input)
    let document: ResponsesDocument
    do {
      document = try ResponsesDocument(parsing: bytes)
    } catch {
      check(error, in: bytes)
      if printsOutcome { print("refused: \(error)") }
      return
    }
    check(document)
    let quiz = FuzzQuiz.make(select: 5)
    for seed in [nil, UInt64(bytes.count)] as [UInt64?] {
      let outcome: AnswerSheet.Outcome
      do {
        outcome = try AnswerSheet(document: document).grade(against: quiz, seed: seed)
      } catch {
        preconditionFailure("a valid quiz failed to assemble: \(error)")
      }
      check(outcome)
      if printsOutcome { print("seed \(seed.map(String.init) ?? "none"): \(outcome)") }
    }
  }

  /// An error names a place inside the file and says something.
  private func check(_ error: ResponsesDocumentError, in bytes: [UInt8]) {
    precondition(!error.message.isEmpty, "an error without a message")
    guard let position = error.position else {
      precondition(error.code == .tooLarge, "only the size limit has no position: \(error)")
      return
    }
    let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    precondition(position.line >= 1 && position.line <= lines, "line out of the file: \(error)")
    precondition(position.column >= 1 && position.column <= bytes.count + 1, "column out of the file: \(error)")
  }

  /// Unique keys, file order, and a round trip to the same entries.
  private func check(_ document: ResponsesDocument) {
    var keys: Set<String> = []
    for entry in document.entries {
      precondition(keys.insert(entry.key).inserted, "a duplicate key was accepted: \(entry.path)")
    }
    let positions = document.entries.map(\.keyPosition)
    precondition(positions == positions.sorted(), "entries out of file order")
    let written = Array(Self.json(document).utf8)
    guard let again = try? ResponsesDocument(parsing: written) else {
      preconditionFailure("the document written back does not read: \(Self.json(document))")
    }
    precondition(again.entries.map(\.key) == document.entries.map(\.key), "keys changed on a round trip")
    precondition(again.entries.map(\.value) == document.entries.map(\.value), "values changed on a round trip")
  }

  /// At most ``AnswerSheet/problemLimit`` problems listed; a grade between 0 and 100 %.
  private func check(_ outcome: AnswerSheet.Outcome) {
    switch outcome {
    case .problems(let listed, let omitted):
      precondition(!listed.isEmpty && listed.count <= AnswerSheet.problemLimit && omitted >= 0, "problem list")
    case .graded(let graded):
      let grade = graded.grade
      precondition(grade.points >= 0 && grade.points <= grade.maxPoints + 1e-9, "points out of range: \(grade.points)")
      precondition(grade.percentage >= 0 && grade.percentage <= 100 + 1e-9, "percentage out of range")
      precondition(graded.unansweredIDs.count == grade.questions.filter { !$0.isAnswered }.count, "unanswered list")
    }
  }

  /// The document as JSON, strings escaped the way JSON requires.
  static func json(_ document: ResponsesDocument) -> String {
    let members = document.entries.map { entry -> String in
      let value: String
      switch entry.value {
      case .string(let text): value = quoted(text)
      case .number(let text): value = text
      case .boolean(let flag): value = flag ? "true" : "false"
      }
      return quoted(entry.key) + ":" + value
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  private static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
