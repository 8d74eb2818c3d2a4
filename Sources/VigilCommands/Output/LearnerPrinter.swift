import VigilBoards
import VigilLedger

/// Prints learners, licenses and credits as text lines or as JSON.
struct LearnerPrinter {
  let format: OutputFormat

  /// The line (or document) for a learner just added.
  func added(_ learner: Learner) throws(CommandError) -> String {
    switch format {
    case .text: return "added learner \(learner.id): \(learner.name)\n"
    case .json: return try JSONOutput.encode(LearnerDocument(learner))
    }
  }

  /// The line (or document) for a license just added.
  func added(_ license: License, holder: Learner) throws(CommandError) -> String {
    switch format {
    case .text: return "added license \(license.key) for learner \(holder.id) (\(holder.name)), \(terms(license))\n"
    case .json: return try JSONOutput.encode(LicenseDocument(license, credits: nil))
    }
  }

  /// The line (or document) for a learner just corrected, with the extra time when it was set.
  func updated(_ learner: Learner, extraTimePercent: Int?) throws(CommandError) -> String {
    switch format {
    case .text:
      var text = "learner \(learner.id) is now: \(learner.name)\(learner.email.map { " <\($0)>" } ?? "")\n"
      if let extraTimePercent {
        text += extraTimePercent == 0
          ? "  no extra time on timed quizzes\n" : "  extra time on timed quizzes: \(extraTimePercent)%\n"
      }
      return text
    case .json: return try JSONOutput.encode(LearnerDocument(learner, extraTimePercent: extraTimePercent))
    }
  }

  /// The line (or document) for a license just renewed or corrected.
  func updated(_ license: License) throws(CommandError) -> String {
    switch format {
    case .text: return "license \(license.key) is now: \(terms(license))\n"
    case .json: return try JSONOutput.encode(LicenseDocument(license, credits: nil))
    }
  }

  /// One line per learner with their license keys.
  func list(_ learners: [(Learner, [License])]) throws(CommandError) -> String {
    switch format {
    case .text:
      guard !learners.isEmpty else { return "no learners yet; add one with vigil learner add --name \"First Last\"\n" }
      return learners.map { learner, licenses in
        let keys = licenses.isEmpty ? "no licenses" : licenses.map(\.key.description).joined(separator: ", ")
        return "\(learner.id)\t\(learner.name)\t\(learner.email ?? "-")\t\(keys)\n"
      }.joined()
    case .json:
      return try JSONOutput.encode(LearnerListDocument(learners))
    }
  }

  /// A learner, their licenses and each license's credits.
  func show(_ sheet: LearnerSheet) throws(CommandError) -> String {
    switch format {
    case .json:
      return try JSONOutput.encode(LearnerSheetDocument(sheet))
    case .text:
      let learner = sheet.learner
      var text = "learner \(learner.id): \(learner.name)\n"
      if let email = learner.email { text += "  email: \(email)\n" }
      if let birthday = learner.birthday { text += "  birthday: \(birthday)\n" }
      if sheet.extraTimePercent > 0 { text += "  extra time on timed quizzes: \(sheet.extraTimePercent)%\n" }
      if sheet.licenses.isEmpty {
        text += "no licenses; add one with vigil learner license add --learner \(learner.id)\n"
      }
      for entry in sheet.licenses {
        let (license, credits, total) = (entry.license, entry.credits, entry.totalMinutes)
        text += "license \(license.key): \(terms(license))\n"
        for credit in credits {
          let topics = credit.topics.isEmpty ? "" : " [" + credit.topics.sorted().joined(separator: ", ") + "]"
          text +=
            "  \(credit.completedOn)  \(credit.minutes) min  \(credit.approver) \(credit.approvalNumber)  "
            + "\(credit.courseTitle) (\(credit.courseID) \(credit.courseVersion))\(topics)\n"
        }
        text += "  \(credits.count) \(credits.count == 1 ? "credit" : "credits"), \(total) min\n"
      }
      return text
    }
  }

  private func terms(_ license: License) -> String {
    var text = "expires \(license.profile.expires)"
    if let issued = license.profile.issued { text += ", issued \(issued)" }
    if !license.profile.attributes.isEmpty {
      text += "; " + license.profile.attributes.sorted().joined(separator: ", ")
    }
    return text
  }
}
