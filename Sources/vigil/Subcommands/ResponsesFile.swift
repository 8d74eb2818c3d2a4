import Foundation
import VigilGrading

/// The `vigil grade` responses file: a JSON object mapping question ids to answers in the notation a
/// licensee types, e.g. `{"q01": "b", "q09": "a c", "q17": "1b 2a 3c", "q25": "233733"}`.
///
/// Numbers and `true`/`false` may be written as JSON numbers and booleans. Problems name their JSON
/// path (`$.q09`).
enum ResponsesFile {
  /// One value of the file, as the text a licensee would type.
  private struct TypedAnswer: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        text = flag ? "true" : "false"
      } else if let integer = try? container.decode(Int.self) {
        text = String(integer)
      } else if let number = try? container.decode(Double.self) {
        text = String(number)
      } else if let string = try? container.decode(String.self) {
        text = string
      } else {
        throw DecodingError.typeMismatch(
          String.self,
          .init(codingPath: decoder.codingPath, debugDescription: "expected an answer such as \"b\", \"a c\" or 42"))
      }
    }
  }

  /// The answers of the file, or the problems that stop it being read.
  static func read(_ data: Data) -> Result<[AnswerSheet.Answer], AnswerSheetProblems> {
    do {
      let values = try JSONDecoder().decode([String: TypedAnswer].self, from: data)
      return .success(values.map { AnswerSheet.Answer(source: "$.\($0.key)", questionID: $0.key, typed: $0.value.text) })
    } catch let error as DecodingError {
      return .failure(AnswerSheetProblems(problems: [problem(error)]))
    } catch {
      return .failure(AnswerSheetProblems(problems: [AnswerSheet.Problem(source: "$", message: "the file cannot be read as JSON")]))
    }
  }

  private static func problem(_ error: DecodingError) -> AnswerSheet.Problem {
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      let path = "$" + context.codingPath.map { ".\($0.stringValue)" }.joined()
      let message =
        context.codingPath.isEmpty
        ? "expected a JSON object mapping question ids to answers, like {\"q01\": \"b\"}"
        : "expected the answer as text, like \"b\", \"a c\" or \"1b 2a\", or as a number"
      return AnswerSheet.Problem(source: path, message: message)
    case .dataCorrupted:
      return AnswerSheet.Problem(
        source: "$", message: "not valid JSON; check the quotes, commas and braces (python3 -m json.tool FILE shows where)")
    default:
      return AnswerSheet.Problem(source: "$", message: "the file cannot be read as JSON")
    }
  }
}

/// The problems that stop a responses file being read.
struct AnswerSheetProblems: Error {
  var problems: [AnswerSheet.Problem]
}
