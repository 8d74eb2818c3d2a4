import Testing
import VigilCourse
import VigilGrading

@testable import VigilSession

/// Screens as text at 40, 80 and 120 columns, plain and colour, with names and text in several scripts.
@Suite struct ScreenTextTests {
  static let names = ["José Núñez", "王芳", "أحمد الفارس", "Dr. 👩‍⚕️ Ana"]
  static let titles = ["Recognising trafficking", "人口贩卖：识别与应对", "الاتجار بالبشر", "Safety 🚨 first"]

  @Test func theFirstQuestionAt40Columns() {
    let driver = SessionFlowTests.atFirstQuestion()
    #expect(
      driver.session.render(width: 40, style: .plain) == """
        Question 1 of 3
        Final quiz, attempt 1: 0 answered, 0
        flagged

        Which finding is most concerning?

          a) A companion answers every question
          b) A sprained ankle
          c) A request for water

        Not answered yet.

        Type the letter of one answer, a to c.
        Then press Enter. Commands: back, next,
        go N, flag, review, submit, help, quit.

        """)
  }

  @Test func thePromptAt80And120Columns() {
    let driver = SessionFlowTests.atFirstQuestion()
    #expect(
      driver.session.render(width: 80, style: .plain).hasSuffix(
        """
        Type the letter of one answer, a to c. Then press Enter. Commands: back, next,
        go N, flag, review, submit, help, quit.

        """))
    #expect(
      driver.session.render(width: 120, style: .plain).hasSuffix(
        """

        Type the letter of one answer, a to c. Then press Enter. Commands: back, next, go N, flag, review, submit, help, quit.

        """))
  }

  @Test func colourIsSGROnly() {
    let driver = SessionFlowTests.atFirstQuestion()
    let text = driver.session.render(width: 80, style: .colour)
    #expect(text.hasPrefix("\u{1B}[2mQuestion 1 of 3\u{1B}[0m\n"))
    #expect(text.contains("  a) A companion answers every question\n"))
    #expect(text.contains("\u{1B}[36mType the letter of one answer"))
    #expect(Self.onlySGR(text))
  }

  @Test func theIntroShowsASampleApprovalAsNoCredit() {
    let driver = Driver(Fixtures.context())
    let text = driver.logical
    #expect(text.contains("Estimated time: about 20 minutes (2 lessons and a quiz)."))
    #expect(text.contains("Conflict of interest: No one has a conflict of interest."))
    #expect(text.contains("- Texas BON: 1.0 h, counts toward the human-trafficking requirement."))
    #expect(text.contains("- The ANCC approval EX-1 is an example: shown as a sample, never as credit."))
    var sample = Fixtures.context()
    sample.credits = [CreditLine(board: "Florida BON", hoursText: "1.0", isSample: true)]
    #expect(
      Session(context: sample).screenText.lines.contains {
        $0.text == "Florida BON: SAMPLE ONLY, earns no real credit (the approval is an example; it would be 1.0 h)."
      })
  }

  /// Every screen of a whole session, for every name and title, fits every width, has no escape byte
  /// or box drawing in plain style, and only SGR in colour.
  @Test(arguments: [40, 80, 120])
  func everyScreenFits(width: Int) {
    for (name, title) in zip(Self.names, Self.titles) {
      var driver = Driver(Fixtures.context(learner: name, longLesson: true, title: title))
      var screens = [driver.session]
      for line in ["", "", "", "", "", "help", "a", "review", "b c", "t", "submit", "", "3", "🙂 très bien, 谢谢", "quit"]
      {
        driver.type(line)
        screens.append(driver.session)
      }
      for session in screens {
        let plain = session.render(width: width, style: .plain)
        for line in plain.split(separator: "\n") {
          #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
        #expect(!plain.unicodeScalars.contains { $0.value == 0x1B || (0x2500...0x259F).contains($0.value) })
        let colour = session.render(width: width, style: .colour)
        #expect(Self.onlySGR(colour))
        #expect(Self.strippingSGR(colour) == plain)
      }
      #expect(screens.contains { $0.render(width: width, style: .plain).contains(title) })
    }
  }

  @Test func namesInSeveralScriptsAppearWhole() {
    for name in Self.names {
      var driver = SessionFlowTests.atFirstQuestion(Fixtures.context(learner: name))
      driver.type(["a", "a c", "f", "submit", "", "5", "skip"])
      #expect(driver.session.render(width: 40, style: .plain).contains("Well done, \(name). Your completion"))
      if name == "王芳" {
        // 11 + 4 + 20 = 35 columns fit; " recorded." would make 45.
        #expect(
          driver.session.render(width: 40, style: .plain).contains("\nWell done, 王芳. Your completion is\nrecorded.\n"))
      }
    }
  }

  @Test func matchingAndOrderingAreLabelledAsTheParserReadsThem() {
    let question = Question(
      id: "m", prompt: "Match.",
      kind: .matching(
        stems: [
          MatchStem(id: "s1", text: "Hotline", targetID: "t1"), MatchStem(id: "s2", text: "Text", targetID: "t2"),
        ],
        targets: [MatchTarget(id: "t1", text: "1-888-373-7888"), MatchTarget(id: "t2", text: "233733")]))
    let presented = PresentedQuestion(
      questionID: "m", sectionID: "s", stemOrder: ["s2", "s1"], targetOrder: ["t1", "t2"])
    let lines = Session.parts(of: question, as: presented).map { "\($0.label) \($0.text)" }
    #expect(lines == ["1. Text", "2. Hotline", " Match each with:", "a) 1-888-373-7888", "b) 233733"])
    let response = (try? ResponseParser.parse("1b 2a", for: question, as: presented))
    #expect(
      response == .matches(pairs: [MatchPair(stemID: "s1", targetID: "t1"), MatchPair(stemID: "s2", targetID: "t2")]))
    #expect(response.map { Session.labels(of: $0, for: question, as: presented) } == "1b 2a")
  }

  /// Whether every escape starts an SGR sequence: ESC [ digits and semicolons m.
  static func onlySGR(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index].value == 0x1B {
        guard index + 1 < scalars.count, scalars[index + 1] == "[" else { return false }
        var end = index + 2
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
        guard end < scalars.count, scalars[end] == "m" else { return false }
        index = end
      }
      index += 1
    }
    return true
  }

  /// The text without its SGR sequences.
  static func strippingSGR(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var inside = false
    for scalar in text.unicodeScalars {
      if scalar.value == 0x1B {
        inside = true
        continue
      }
      if inside {
        if scalar == "m" { inside = false }
        continue
      }
      result.append(scalar)
    }
    return String(result)
  }
}
