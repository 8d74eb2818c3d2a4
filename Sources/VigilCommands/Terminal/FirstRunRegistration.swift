import VigilBase
import VigilBoards
import VigilLedger

/// The first run of `vigil take` in a home with no learner: asks for the name as it must appear on the
/// certificate and the license, checks them (the ledger's name rules, the board file), and stores them.
enum FirstRunRegistration {
  static func ask(ledger: Ledger, boards: [Board], input: LineInput) throws -> Learner {
    func answer(_ question: String, allowEmpty: Bool = false) throws -> String {
      try Self.answer(question, allowEmpty: allowEmpty, input: input)
    }
    try FileHandleOutput.standardOutput.write(
      "Welcome. Before the course, Vigil needs who you are, once; it will not ask again.\n")
    let name = try answer("Your full name, as it must appear on your certificate")
    let knownBoards = boards.map(\.id).joined(separator: ", ")
    var profile: LicenseProfile?
    while profile == nil {
      let board = try answer("Your licensing board (one of: \(knownBoards))")
      guard let found = boards.first(where: { $0.id == board }) else {
        try FileHandleOutput.standardOutput.write("There is no board \(Echo.quoted(board)); type one of: \(knownBoards)\n")
        continue
      }
      let type = try answer("Your license type (one of: \(found.licenseTypes.joined(separator: ", ")))")
      let number = try answer("Your license number, as the board prints it")
      let expiresText = try answer("The day your license expires (YYYY-MM-DD)")
      guard let expires = CalendarDate(expiresText) else {
        try FileHandleOutput.standardOutput.write("\(Echo.quoted(expiresText)) is not a date; write it like 2027-01-31\n")
        continue
      }
      let known = found.licenseAttributes
      let listed = known.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
      let attributes = try answer(
        "Practice facts your board asks about, by number or name, separated by spaces, or Enter for none ("
          + listed + ")", allowEmpty: true)
      // A number picks from the list; anything else is a name, which the board file checks below.
      let picked = attributes.split(separator: " ").map { word in
        Int(word).flatMap { known.indices.contains($0 - 1) ? known[$0 - 1] : nil } ?? String(word)
      }
      let candidate = LicenseProfile(
        boardID: found.id, licenseType: type.uppercased(), number: number, expires: expires,
        attributes: Set(picked))
      do {
        try found.check(candidate)
        profile = candidate
      } catch {
        try FileHandleOutput.standardOutput.write(error.message + "\n")
      }
    }
    guard let profile else { throw CommandError(.usage, "no license was given") }
    let learner = try ledger.addLearner(name: name)
    try ledger.addLicense(profile, learnerID: learner.id)
    try FileHandleOutput.standardOutput.write("Saved: \(learner.name), license \(profile.key).\n\n")
    return learner
  }

  /// One answer to a question; the end of input stops the registration with nothing stored.
  private static func answer(_ question: String, allowEmpty: Bool, input: LineInput) throws -> String {
    while true {
      try FileHandleOutput.standardOutput.write(question + ":\n> ")
      guard let line = input.nextLine() else {
        throw CommandError(.usage, "the input ended before you said who is taking the course; nothing was stored")
      }
      let trimmed = line.trimmedOfWhitespace()
      if !trimmed.isEmpty || allowEmpty { return trimmed }
    }
  }
}
