import Testing
import VigilGrading

@Suite("Parsing what a licensee types")
struct ResponseParserTests {
  /// Choices a, b, c, d shown as c, a, d, b: display letter a is choice "c".
  static let single = Fixtures.single([(true, nil), (false, nil), (false, nil), (false, nil)])
  static let multiple = Fixtures.multiple(correct: [true, false, true, false], scheme: .rightMinusWrong)
  static let shownChoices = PresentedQuestion(questionID: "single", sectionID: "s", choiceOrder: ["c", "a", "d", "b"])
  static let shownMultiple = PresentedQuestion(questionID: "multi", sectionID: "s", choiceOrder: ["c", "a", "d", "b"])
  /// Items A B C D shown as C A D B.
  static let ordering = Fixtures.ordering(.adjacentPairs)
  static let shownItems = PresentedQuestion(questionID: "order", sectionID: "s", itemOrder: ["C", "A", "D", "B"])
  /// Stems shown s2 s1 s3 (numbered 1 2 3), targets shown t1 t3 t2 t4 (lettered a b c d).
  static let shownMatching = PresentedQuestion(
    questionID: "match", sectionID: "s", stemOrder: ["s2", "s1", "s3"], targetOrder: ["t1", "t3", "t2", "t4"])

  static func parse(_ input: String, _ question: Question, _ presented: PresentedQuestion) throws -> Response {
    try ResponseParser.parse(input, for: question, as: presented)
  }

  static func plain(_ question: Question) -> PresentedQuestion {
    PresentedQuestion(questionID: question.id, sectionID: "s")
  }

  @Test(
    "single choice by display position",
    arguments: [("b", "a"), ("B", "a"), ("2", "a"), (" a ", "c"), ("a a", "c"), ("d.", "b"), ("(c)", "d")])
  func singleChoice(input: String, id: String) throws {
    #expect(try Self.parse(input, Self.single, Self.shownChoices) == .choice(id: id))
  }

  @Test("multiple response in author order", arguments: ["a, c", "a c", "1 3", "ca", "c,a,a", "A C", "3;1"])
  func multipleResponse(input: String) throws {
    #expect(try Self.parse(input, Self.multiple, Self.shownMultiple) == .choices(ids: ["c", "d"]))
  }

  @Test func noneTicksNothing() throws {
    #expect(try Self.parse("None", Self.multiple, Self.shownMultiple) == .choices(ids: []))
  }

  @Test(
    "true/false words",
    arguments: [
      ("t", true), ("TRUE", true), ("y", true), ("Yes", true), ("f", false), ("false", false), ("n", false),
      ("NO", false),
    ])
  func trueFalse(input: String, answer: Bool) throws {
    #expect(try Self.parse(input, Fixtures.trueFalse, Self.plain(Fixtures.trueFalse)) == .trueFalse(answer: answer))
  }

  @Test("ordering by display letters", arguments: ["c a b d", "cabd", "3 1 2 4", "C, A, B, D"])
  func ordering(input: String) throws {
    #expect(try Self.parse(input, Self.ordering, Self.shownItems) == .order(ids: ["D", "C", "A", "B"]))
  }

  @Test(
    "matching pairs", arguments: ["1b 2a 3c", "1-b, 2-a, 3-c", "1 b 2 a 3 c", "3c 1b 2a", "1:b 2=a 3>c", "1B 2A 3C"])
  func matching(input: String) throws {
    let expected = Response.matches(pairs: [
      MatchPair(stemID: "s1", targetID: "t1"), MatchPair(stemID: "s2", targetID: "t3"),
      MatchPair(stemID: "s3", targetID: "t2"),
    ])
    #expect(try Self.parse(input, Fixtures.matching, Self.shownMatching) == expected)
  }

  @Test func textIsTrimmed() throws {
    #expect(try Self.parse("  Frog \t", Fixtures.frog, Self.plain(Fixtures.frog)) == .text(answer: "Frog"))
    #expect(try Self.parse("🐸 frog", Fixtures.frog, Self.plain(Fixtures.frog)) == .text(answer: "🐸 frog"))
  }

  @Test(
    "plain numbers",
    arguments: [
      ("42", 42.0), ("-2", -2), (".5", 0.5), ("1e3", 1000), ("+1.5E-2", 0.015), ("2.", 2), (" 007 ", 7),
      ("-0.25e+1", -2.5),
    ])
  func numbers(input: String, value: Double) throws {
    let question = Fixtures.numeric([])
    #expect(try Self.parse(input, question, Self.plain(question)) == .number(value: value))
  }

  @Test(
    "anything else is not a number",
    arguments: [
      "12abc", "1,000", "nan", "inf", "Infinity", "1e", "--2", "0x10", "1 000", "½", ".", "-", "e5", "1.2.3", "٣",
    ])
  func notNumbers(input: String) {
    let question = Fixtures.numeric([])
    #expect(throws: GradingError.notANumber(input)) { try Self.parse(input, question, Self.plain(question)) }
  }

  @Test func hugeNumbersAreRefused() {
    let question = Fixtures.numeric([])
    #expect(throws: GradingError.numberTooLarge("1e999")) { try Self.parse("1e999", question, Self.plain(question)) }
  }

  @Test func choiceErrors() {
    #expect(throws: GradingError.noSuchChoice(label: "e", count: 4)) {
      try Self.parse("e", Self.single, Self.shownChoices)
    }
    #expect(throws: GradingError.noSuchChoice(label: "5", count: 4)) {
      try Self.parse("5", Self.single, Self.shownChoices)
    }
    #expect(throws: GradingError.noSuchChoice(label: "true", count: 4)) {
      try Self.parse("true", Self.multiple, Self.shownMultiple)
    }
    #expect(throws: GradingError.oneChoiceOnly(count: 4)) { try Self.parse("a b", Self.single, Self.shownChoices) }
    #expect(throws: GradingError.oneChoiceOnly(count: 4)) { try Self.parse("ab", Self.single, Self.shownChoices) }
    #expect(throws: GradingError.noAnswer(.choices(count: 4))) {
      try Self.parse(" , ", Self.multiple, Self.shownMultiple)
    }
    #expect(throws: GradingError.noSuchChoice(label: "99999999999999999999", count: 4)) {
      try Self.parse("99999999999999999999", Self.single, Self.shownChoices)
    }
  }

  @Test func orderingAndMatchingErrors() {
    #expect(throws: GradingError.itemsMissing(count: 4)) { try Self.parse("c a b", Self.ordering, Self.shownItems) }
    #expect(throws: GradingError.itemRepeated(label: "b", count: 4)) {
      try Self.parse("c a b b", Self.ordering, Self.shownItems)
    }
    #expect(throws: GradingError.noSuchItem(label: "e", count: 4)) {
      try Self.parse("c a b e", Self.ordering, Self.shownItems)
    }
    let matching = Fixtures.matching
    #expect(throws: GradingError.incompleteMatching(stems: 3, targets: 4)) {
      try Self.parse("1b 2a", matching, Self.shownMatching)
    }
    #expect(throws: GradingError.incompleteMatching(stems: 3, targets: 4)) {
      try Self.parse("b1 a2 c3", matching, Self.shownMatching)
    }
    #expect(throws: GradingError.incompleteMatching(stems: 3, targets: 4)) {
      try Self.parse("1b 2a 3", matching, Self.shownMatching)
    }
    #expect(throws: GradingError.stemRepeated(label: "1", stems: 3, targets: 4)) {
      try Self.parse("1b 1a 3c", matching, Self.shownMatching)
    }
    #expect(throws: GradingError.noSuchStem(label: "4", stems: 3)) {
      try Self.parse("4a 1b 2c", matching, Self.shownMatching)
    }
    #expect(throws: GradingError.noSuchTarget(label: "e", targets: 4)) {
      try Self.parse("1e 2a 3c", matching, Self.shownMatching)
    }
    #expect(throws: GradingError.noSuchTarget(label: "bc", targets: 4)) {
      try Self.parse("1bc 2a 3c", matching, Self.shownMatching)
    }
  }

  @Test func trueFalseErrors() {
    #expect(throws: GradingError.notTrueOrFalse("maybe")) {
      try Self.parse("maybe", Fixtures.trueFalse, Self.plain(Fixtures.trueFalse))
    }
  }

  @Test func hostileInput() {
    let text = Self.plain(Fixtures.frog)
    #expect(throws: GradingError.noAnswer(.text)) { try Self.parse("", Fixtures.frog, text) }
    #expect(throws: GradingError.noAnswer(.oneChoice(count: 4))) {
      try Self.parse(" \t\n ", Self.single, Self.shownChoices)
    }
    #expect(throws: GradingError.answerTooLong(limit: 1000)) {
      try Self.parse(String(repeating: "a", count: 10_000), Fixtures.frog, text)
    }
    #expect(throws: Never.self) { try Self.parse(String(repeating: "é", count: 1000), Fixtures.frog, text) }
    #expect(throws: GradingError.controlCharacter(codePoint: 7)) { try Self.parse("fr\u{7}og", Fixtures.frog, text) }
    #expect(throws: GradingError.controlCharacter(codePoint: 0x1B)) {
      try Self.parse("\u{1B}[2J", Self.single, Self.shownChoices)
    }
    #expect(throws: GradingError.controlCharacter(codePoint: 0)) {
      try Self.parse("a\u{0}", Self.single, Self.shownChoices)
    }
    #expect(throws: GradingError.unexpectedCharacter("🐸", .oneChoice(count: 4))) {
      try Self.parse("🐸", Self.single, Self.shownChoices)
    }
    #expect(throws: GradingError.unexpectedCharacter("é", .order(count: 4))) {
      try Self.parse("c a b é", Self.ordering, Self.shownItems)
    }
    let numeric = Fixtures.numeric([])
    #expect(throws: GradingError.notANumber("👍")) { try Self.parse("👍", numeric, Self.plain(numeric)) }
  }

  @Test func mismatchedPresentationIsAnError() {
    let stale = PresentedQuestion(questionID: "single", sectionID: "s", choiceOrder: ["c", "a", "b"])
    #expect(throws: GradingError.presentationMismatch(questionID: "single")) { try Self.parse("a", Self.single, stale) }
    #expect(throws: GradingError.presentationMismatch(questionID: "single")) {
      try Self.parse("a", Self.single, Self.shownItems)
    }
  }

  /// The messages name the problem and the way out.
  @Test(
    "messages",
    arguments: [
      (GradingError.noSuchChoice(label: "e", count: 4), "there is no choice e; choose a to d or 1 to 4"),
      (.oneChoiceOnly(count: 4), "choose one answer only; type a single letter, a to d"),
      (.incompleteMatching(stems: 3, targets: 4), "give each of the 3 stems a letter from a to d, like 1b 2a 3c"),
      (.notANumber("12abc"), "'12abc' is not a number; type digits like 42, -2, .5 or 1e3"),
      (.itemsMissing(count: 4), "put all 4 items in order, like d c b a"),
      (
        .noAnswer(.choices(count: 4)),
        "no answer given; type the letters of all answers that apply, a to d, separated by spaces like a c, or none"
      ),
      (.controlCharacter(codePoint: 7), "the answer contains a control character (U+0007); type plain text"),
      (
        .notTrueOrFalse(String(repeating: "x", count: 30)),
        "'xxxxxxxxxxxxxxxxxxxx…' is not true or false; type t (true) or f (false)"
      ),
    ])
  func messages(error: GradingError, message: String) {
    #expect(error.description == message)
  }
}
