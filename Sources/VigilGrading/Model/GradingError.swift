import VigilBase

/// Every error the grading module reports: what a licensee typed that cannot be read, a stored
/// response that does not fit its question, and a quiz that cannot be assembled.
///
/// Each message says what is wrong and how to put it right, in lower case so callers can prefix it.
public enum GradingError: Error, Sendable, Hashable, CustomStringConvertible {
  // MARK: What a licensee typed

  /// Nothing was typed.
  case noAnswer(AnswerFormat)
  /// The input is longer than ``ResponseParser/maximumInputLength`` characters.
  case answerTooLong(limit: Int)
  /// The input holds a control character (given as its code point), such as a bell or escape.
  case controlCharacter(codePoint: UInt32)
  /// The input holds a character that cannot be part of an answer of this format.
  case unexpectedCharacter(String, AnswerFormat)
  /// A choice label that is not shown (`count` choices are shown).
  case noSuchChoice(label: String, count: Int)
  /// More than one choice was given to a single-choice question with `count` choices.
  case oneChoiceOnly(count: Int)
  /// An item label that is not shown (`count` items are shown).
  case noSuchItem(label: String, count: Int)
  /// An item was given more than once in an ordering answer.
  case itemRepeated(label: String, count: Int)
  /// An ordering answer left out items.
  case itemsMissing(count: Int)
  /// A stem number that is not shown.
  case noSuchStem(label: String, stems: Int)
  /// A target letter that is not shown.
  case noSuchTarget(label: String, targets: Int)
  /// A stem was given more than once in a matching answer.
  case stemRepeated(label: String, stems: Int, targets: Int)
  /// A matching answer left out stems or is not written as number-letter pairs.
  case incompleteMatching(stems: Int, targets: Int)
  /// A true/false answer that is neither.
  case notTrueOrFalse(String)
  /// A numeric answer that is not a plain decimal number.
  case notANumber(String)
  /// A numeric answer too large to be represented.
  case numberTooLarge(String)

  // MARK: Stored responses and attempts

  /// The displayed order stored for a question does not list the question's choices, stems,
  /// targets or items.
  case presentationMismatch(questionID: String)
  /// A response of the wrong kind for the question (`expected` names the kind).
  case responseDoesNotFit(questionID: String, expected: String)
  /// A response names a choice, stem, target or item the question does not have.
  case unknownID(questionID: String, id: String)
  /// A matching response pairs one stem twice.
  case stemAnsweredTwice(questionID: String, stemID: String)
  /// An ordering response does not list every item exactly once.
  case orderIncomplete(questionID: String)
  /// A numeric response is infinite or not a number.
  case numberNotFinite(questionID: String)
  /// An attempt refers to a question the quiz does not have.
  case unknownQuestion(questionID: String, quizID: String)
  /// A response was saved for a question the attempt did not present.
  case questionNotPresented(questionID: String)
  /// An attempt number below 1.
  case invalidAttemptNumber(Int)

  // MARK: Quiz assembly

  /// A section asks for more questions than its pool holds.
  case selectionTooLarge(sectionID: String, select: Int, available: Int)
  /// A section asks for fewer questions than its pool has fixed (always selected) questions.
  case selectionBelowFixed(sectionID: String, select: Int, fixed: Int)
  /// One question id occurs more than once across the quiz's sections.
  case questionRepeated(questionID: String, quizID: String)

  /// The message: what is wrong, then how to put it right.
  public var description: String {
    switch self {
    case .noAnswer(let format):
      return "no answer given; \(format.hint)"
    case .answerTooLong(let limit):
      return "the answer is too long; keep it under \(limit) characters"
    case .controlCharacter(let codePoint):
      return "the answer contains a control character (\(Self.codePointName(codePoint))); type plain text"
    case .unexpectedCharacter(let text, let format):
      return "\(Self.quoted(text)) cannot be part of this answer; \(format.hint)"
    case .noSuchChoice(let label, let count):
      return "there is no choice \(Self.quoted(label, bare: true)); choose \(DisplayLabel.range(count: count))"
    case .oneChoiceOnly(let count):
      return "choose one answer only; type a single letter, \(DisplayLabel.letterRange(count: count))"
    case .noSuchItem(let label, let count):
      return "there is no item \(Self.quoted(label, bare: true)); use \(DisplayLabel.range(count: count))"
    case .itemRepeated(let label, let count):
      return "item \(Self.quoted(label, bare: true)) is given twice; "
        + "give each of \(DisplayLabel.letterRange(count: count)) once"
    case .itemsMissing(let count):
      return AnswerFormat.order(count: count).hint
    case .noSuchStem(let label, let stems):
      return "there is no stem \(Self.quoted(label, bare: true)); number the stems 1 to \(stems)"
    case .noSuchTarget(let label, let targets):
      return "there is no answer \(Self.quoted(label, bare: true)) to match; "
        + "choose \(DisplayLabel.letterRange(count: targets))"
    case .stemRepeated(let label, let stems, let targets):
      return "stem \(Self.quoted(label, bare: true)) is given twice; "
        + AnswerFormat.matching(stems: stems, targets: targets).hint
    case .incompleteMatching(let stems, let targets):
      return AnswerFormat.matching(stems: stems, targets: targets).hint
    case .notTrueOrFalse(let text):
      return "\(Self.quoted(text)) is not true or false; \(AnswerFormat.trueFalse.hint)"
    case .notANumber(let text):
      return "\(Self.quoted(text)) is not a number; type digits like 42, -2, .5 or 1e3"
    case .numberTooLarge(let text):
      return "\(Self.quoted(text)) is too large; type a number below 1e308"
    case .presentationMismatch(let questionID):
      return "the stored display order of question \(questionID) does not fit the question; "
        + "assemble the attempt again from its seed"
    case .responseDoesNotFit(let questionID, let expected):
      return "the response to question \(questionID) is not a \(expected) answer; record a \(expected) answer"
    case .unknownID(let questionID, let id):
      return "question \(questionID) has nothing with id \(Self.quoted(id)); "
        + "the response was recorded for another version of the question"
    case .stemAnsweredTwice(let questionID, let stemID):
      return "the response to question \(questionID) pairs stem \(stemID) twice; give each stem one target"
    case .orderIncomplete(let questionID):
      return "the response to question \(questionID) does not list every item exactly once; record the whole order"
    case .numberNotFinite(let questionID):
      return "the response to question \(questionID) is not a finite number; record a number like 42 or -2.5"
    case .unknownQuestion(let questionID, let quizID):
      return "quiz \(quizID) has no question \(questionID); a corrected quiz must keep every question id"
    case .questionNotPresented(let questionID):
      return "a response was saved for question \(questionID), which the attempt did not present; "
        + "save responses only for presented questions"
    case .invalidAttemptNumber(let number):
      return "attempt number \(number) is invalid; attempts are numbered from 1"
    case .selectionTooLarge(let sectionID, let select, let available):
      return "section \(sectionID) selects \(select) questions but its pool holds \(available); "
        + "select at most \(available)"
    case .selectionBelowFixed(let sectionID, let select, let fixed):
      return "section \(sectionID) selects \(select) questions but \(fixed) are fixed (always shown); "
        + "select at least \(fixed)"
    case .questionRepeated(let questionID, let quizID):
      return "question \(questionID) occurs more than once in quiz \(quizID); "
        + "draw each question from one section only"
    }
  }

  /// The longest piece of typed input echoed in a message, in characters.
  private static let echoLimit = 20

  /// Quotes typed input for a message, shortened to ``echoLimit`` characters, with control and
  /// bidirectional characters escaped (VigilBase's `Echo`), so nothing typed can rewrite the terminal.
  ///
  /// A short label (`bare`) is shown without quotes: "there is no choice e".
  private static func quoted(_ text: String, bare: Bool = false) -> String {
    bare ? Echo.safe(text, limit: echoLimit) : Echo.quoted(text, limit: echoLimit)
  }

  /// The U+XXXX name of a code point.
  private static func codePointName(_ codePoint: UInt32) -> String {
    let hex = String(codePoint, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
