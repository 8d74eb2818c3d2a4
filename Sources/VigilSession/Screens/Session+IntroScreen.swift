import VigilBase
import VigilCourse
import VigilGrading

extension Session {
  /// Title, provider, time, objectives, disclosures and the credit the learner's boards give.
  func introLines(into text: inout ScreenText) {
    let course = context.course
    text.add(.title, course.title)
    text.add(.text, course.summary)
    text.blank()
    var provider = "Provider: \(course.provider.name)"
    if let web = course.provider.web { provider += ", \(web)" }
    text.add(.text, provider)
    text.add(.text, "Learner: \(context.learnerName)")
    if let last = context.lastCompletedOn {
      text.add(
        .notice,
        "You completed this course on \(last). This is a new taking: its credit counts in the renewal cycle in which you complete it. Type quit to leave if you did not mean to take it again."
      )
    }
    text.add(
      .text,
      "Estimated time: about \(course.learningMinutes) minutes (\(course.lessons.count) lesson\(course.lessons.count == 1 ? "" : "s") and a quiz)."
    )
    if !course.objectives.isEmpty {
      text.blank()
      text.add(.heading, "After this course you will be able to:")
      for objective in course.objectives { text.add(.item, objective.text, label: "-", indent: 2) }
    }
    if !course.disclosures.isEmpty {
      text.blank()
      text.add(.heading, "Disclosures")
      for disclosure in course.disclosures {
        text.add(.item, disclosure.text, label: Self.disclosureTitle(disclosure.kind) + ":", indent: 2)
      }
    }
    text.blank()
    creditLines(into: &text)
    prompt("Press Enter (or type next) to confirm you have read the disclosures and begin.", into: &text)
  }

  /// The credit the learner's boards give, with sample approvals marked as earning no real credit.
  func creditLines(into text: inout ScreenText) {
    text.add(.heading, "Credit for you")
    if context.credits.isEmpty {
      text.add(.text, "Your boards' rules give no credit for this course; you may still take it.")
    }
    for credit in context.credits {
      let toward =
        credit.countsToward.isEmpty ? "" : ", counts toward \(credit.countsToward.joined(separator: " and "))"
      if credit.isSample {
        text.add(
          .notice,
          "\(credit.board): SAMPLE ONLY, earns no real credit (the approval is an example; it would be \(credit.hoursText) h\(toward)).",
          label: "-", indent: 2)
      } else {
        text.add(.item, "\(credit.board): \(credit.hoursText) h\(toward).", label: "-", indent: 2)
      }
    }
    for approval in context.course.approvals where approval.isExample {
      text.add(
        .notice,
        "The \(approval.approver) approval \(approval.number) is an example: shown as a sample, never as credit.",
        label: "-", indent: 2)
    }
  }

  /// A disclosure kind as a title: `conflict-of-interest` → `Conflict of interest`.
  static func disclosureTitle(_ kind: String) -> String {
    let words = kind.split(separator: "-").joined(separator: " ")
    guard let first = words.first else { return "Disclosure" }
    return first.uppercased() + words.dropFirst()
  }

  /// A lesson page with its counter.
  func lessonLines(_ index: Int, page: Int, into text: inout ScreenText) {
    guard lessonPages.indices.contains(index), lessonPages[index].pages.indices.contains(page) else { return }
    let lesson = context.course.lessons[index]
    let pages = lessonPages[index].pages
    text.add(.status, "Lesson \(index + 1) of \(lessonPages.count), page \(page + 1) of \(pages.count)")
    text.add(.title, lesson.title)
    text.blank()
    text.lines += pages[page]
    let last = index == lessonPages.count - 1 && page == pages.count - 1
    prompt(last ? "Press Enter for the quiz rules." : "Press Enter for the next page.", into: &text)
  }

  /// The quiz's rules before an attempt.
  func rulesLines(into text: inout ScreenText) {
    let quiz = context.quiz
    let policy = quiz.policy
    let count = quiz.sections.reduce(0) { $0 + ($1.selectCount ?? $1.pool.questions.count) }
    text.add(.title, "Quiz: \(quiz.title)")
    text.add(.item, "\(count) question\(count == 1 ? "" : "s"), shown one at a time.", label: "-", indent: 2)
    text.add(.item, "Pass mark: \(ScoreFormat.percent(policy.passPercent)).", label: "-", indent: 2)
    if let left = policy.remainingAttempts(attemptsStarted: attemptsStarted) {
      text.add(.item, "Attempts left: \(left) of \(policy.maxAttempts ?? left).", label: "-", indent: 2)
    } else {
      text.add(.item, "Attempts: unlimited.", label: "-", indent: 2)
    }
    text.add(.item, "The \(Self.methodWords(policy.gradingMethod)) counts.", label: "-", indent: 2)
    if let limit = context.timeLimitSeconds {
      let extra =
        context.extraTimeSeconds > 0 ? ", including \(Self.minutes(context.extraTimeSeconds)) of extra time" : ""
      text.add(
        .item,
        "Time limit: \(Self.minutes(limit))\(extra). The clock starts now and keeps running while you are away, even if you quit.",
        label: "-", indent: 2)
    } else {
      text.add(.item, "No time limit.", label: "-", indent: 2)
    }
    text.add(
      .item, "Each answer is saved when you press Enter. You can change answers until you submit.", label: "-",
      indent: 2)
    prompt("Press Enter to start attempt \(attemptsStarted + 1).", into: &text)
  }
}
