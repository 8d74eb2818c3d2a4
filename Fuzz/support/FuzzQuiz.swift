import VigilGrading

/// A quiz of one question of every kind (q1 … q7), for the targets that grade what they read.
///
/// Made afresh for each input: held in a static, its question kinds (multi-payload enums that keep
/// their case in a pointer's spare bits) look unreachable to LeakSanitizer, a false leak at exit.
public enum FuzzQuiz {
  /// The quiz; `select` draws that many of the seven questions.
  public static func make(select: Int? = nil) -> Quiz {
    let choices = ["a", "b", "c", "d"].map { Choice(id: $0, text: $0, isCorrect: $0 < "c", weight: $0 == "d" ? -0.5 : nil) }
    let questions = [
      Question(id: "q1", prompt: "one", kind: .singleChoice(choices)),
      Question(id: "q2", prompt: "several", kind: .multipleResponse(choices, scheme: .rightMinusWrong)),
      Question(id: "q3", prompt: "true?", kind: .trueFalse(answer: true)),
      Question(
        id: "q4", prompt: "match",
        kind: .matching(
          stems: ["s1", "s2"].map { MatchStem(id: $0, text: $0, targetID: "t" + $0.dropFirst()) },
          targets: ["t1", "t2", "t3"].map { MatchTarget(id: $0, text: $0) })),
      Question(
        id: "q5", prompt: "order",
        kind: .ordering(items: ["i1", "i2", "i3"].map { OrderItem(id: $0, text: $0) }, scoring: .adjacentPairs)),
      Question(
        id: "q6", prompt: "text",
        kind: .shortText(answers: [TextAnswer(pattern: "fr*g", fraction: 1), TextAnswer(pattern: "*", fraction: 0)],
          isCaseSensitive: false)),
      Question(id: "q7", prompt: "number", kind: .numeric(answers: [NumericAnswer(value: 7, tolerance: 0.5)])),
    ]
    return Quiz(
      id: "fuzz", title: "Fuzz",
      sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: questions), selectCount: select)],
      policy: AttemptPolicy(passPercent: 70))
  }
}
