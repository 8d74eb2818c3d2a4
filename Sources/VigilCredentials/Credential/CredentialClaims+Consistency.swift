import VigilBase
import VigilCourse

extension CredentialClaims {
  /// Reads the members of a Vigil certificate and checks they agree with each other.
  enum Consistency {
    /// The claims, or the first member that is missing or disagrees.
    static func read(_ claims: ClaimsObject) throws(CredentialError) -> CredentialClaims {
      func fail(_ reason: String) -> CredentialError {
        CredentialError(.inconsistentClaims, "the certificate's claims disagree: \(reason)")
      }
      guard try claims.strings("@context") == OpenBadgeCredential.contexts else {
        throw fail("@context is not the VC 2.0 context followed by the Open Badges 3.0.3 context")
      }
      let types = try claims.strings("type")
      guard types.contains("VerifiableCredential"),
        types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")
      else { throw fail("type does not name VerifiableCredential and OpenBadgeCredential") }
      let id = try claims.string("id")
      guard try claims.string("jti") == id else { throw fail("jti is not the credential's id") }
      let issuer = try claims.object("issuer")
      let issuerID = try issuer.string("id")
      guard try claims.string("iss") == issuerID else { throw fail("iss is not issuer.id") }
      guard try issuer.strings("type").contains("Profile") else { throw fail("the issuer is not a Profile") }
      let subject = try claims.object("credentialSubject")
      let subjectID = try subject.string("id")
      guard try claims.string("sub") == subjectID else { throw fail("sub is not credentialSubject.id") }
      guard try subject.strings("type").contains("AchievementSubject") else {
        throw fail("credentialSubject is not an AchievementSubject")
      }
      let achievement = try subject.object("achievement")
      guard try achievement.string("achievementType") == OpenBadgeCredential.achievementType else {
        throw fail("the achievement is not a \(OpenBadgeCredential.achievementType)")
      }
      let validFromText = try claims.string("validFrom")
      guard let validFrom = InstantText.parse(validFromText) else {
        throw fail("validFrom \(Echo.quoted(validFromText)) is not a UTC date and time (YYYY-MM-DDTHH:MM:SSZ)")
      }
      guard try claims.integer("nbf") == validFrom else { throw fail("nbf is not validFrom") }
      if claims.object["exp"] != nil || claims.object["validUntil"] != nil {
        throw fail("it has an expiry (exp or validUntil), which a Vigil certificate never has")
      }
      let vigil = try claims.object("vigil")
      guard let number = try readNumber(vigil, "certificateNumber", fail: fail) else {
        throw vigil.problem("certificateNumber", "is missing")
      }
      let completedOnText = try vigil.string("completedOn")
      guard let completedOn = CalendarDate(completedOnText),
        abs(completedOn.daysSinceEpoch - Int(floorDays(validFrom))) <= 1
      else { throw fail("vigil.completedOn \(Echo.quoted(completedOnText)) is not the local date of validFrom") }
      let credit = try readCredit(subject: subject, vigil: vigil, fail: fail)
      let name = try claims.string("name")
      guard name.hasPrefix(OpenBadgeCredential.samplePrefix + ":") == credit.isSample else {
        throw fail(
          credit.isSample
            ? "a sample's name does not start with SAMPLE:" : "a name says SAMPLE but vigil.sample is false")
      }
      var learner: ClaimsObject?
      for identifier in try subject.objects("identifier") where try identifier.string("identityType") == "name" {
        learner = learner ?? identifier
      }
      guard let learner else { throw fail("credentialSubject.identifier has no name") }
      let supersedes = try readNumber(vigil, "supersedes", fail: fail)
      guard supersedes != number else { throw fail("vigil.supersedes is the certificate's own number") }
      let edition = try vigil.object["edition"] == nil ? 1 : vigil.integer("edition")
      guard (edition > 1) == (supersedes != nil), (1...Int64(CertificateNumber.editionLimit)).contains(edition) else {
        throw fail(
          "vigil.edition \(edition) and vigil.supersedes disagree: only a re-issue names the one it supersedes")
      }
      let status = try readStatus(claims.optionalObject("credentialStatus"), fail: fail)
      if let status, edition > 1, !status.listURL.hasSuffix("-\(edition)") {
        throw fail("credentialStatus.statusListCredential is not the list of edition \(edition)")
      }
      return CredentialClaims(
        id: id, issuerID: issuerID, issuerName: try issuer.string("name"),
        issuerURL: try issuer.optionalString("url"),
        issuerAddress: try issuer.optionalObject("address")?.optionalString("streetAddress"), subjectID: subjectID,
        learnerName: try learner.string("identityHash"), name: name, courseTitle: try achievement.string("name"),
        courseID: try achievement.string("humanCode"), courseVersion: try achievement.string("version"),
        validFrom: validFrom, number: number, completion: try vigil.string("completion"), completedOn: completedOn,
        license: credit.license, boardName: credit.boardName, minutesPerHour: credit.minutesPerHour,
        hundredthsEarned: credit.hundredthsEarned, countedMinutes: credit.countedMinutes, credits: credit.credits,
        approvals: try readApprovals(vigil), isSample: credit.isSample, checkpoint: try vigil.string("checkpoint"),
        status: status, supersedes: supersedes, edition: Int(edition),
        issuerNumbers: try readProviderNumbers(issuer), summary: try achievement.optionalString("description"),
        language: try achievement.optionalString("inLanguage"), passBasisPoints: try readPassMark(achievement))
    }

    /// A certificate number member, nil when missing or null. One that does not read (a changed
    /// character fails its check) makes the claims disagree, as any other member would: the certificate
    /// does not verify.
    private static func readNumber(
      _ vigil: ClaimsObject, _ name: String, fail: (String) -> CredentialError
    ) throws(CredentialError) -> CertificateNumber? {
      guard let text = try vigil.optionalString(name) else { return nil }
      do {
        return try CertificateNumber(parsing: text)
      } catch {
        throw fail("vigil.\(name): \(error.message)")
      }
    }

    /// `issuer.otherIdentifier`: each `identifier` with its `identifierType` `ext:<authority>`.
    private static func readProviderNumbers(_ issuer: ClaimsObject) throws(CredentialError) -> [ProviderNumber] {
      try issuer.objects("otherIdentifier").map { entry throws(CredentialError) in
        let type = try entry.string("identifierType")
        guard type.hasPrefix("ext:") else { throw entry.problem("identifierType", "does not start with ext:") }
        return ProviderNumber(authority: String(type.dropFirst(4)), value: try entry.string("identifier"))
      }
    }

    /// The pass mark of the achievement's first `resultDescription`, a percentage as text, in basis points.
    private static func readPassMark(_ achievement: ClaimsObject) throws(CredentialError) -> Int64? {
      guard let text = try achievement.objects("resultDescription").first?.optionalString("requiredValue") else {
        return nil
      }
      guard let hundredths = ExactDecimal.hundredths(text) else {
        throw achievement.problem("resultDescription[0].requiredValue", "is not a percentage")
      }
      return Int64(hundredths)
    }

    /// What the credential says about credit, checked against the board's unit and the credits.
    private struct CreditClaims {
      var license: String?
      var boardName: String?
      var minutesPerHour: Int64?
      var hundredthsEarned: Int64?
      var countedMinutes: Int64
      var credits: [CredentialClaims.Credit]
      var isSample: Bool
    }

    private static func readCredit(
      subject: ClaimsObject, vigil: ClaimsObject, fail: (String) -> CredentialError
    ) throws(CredentialError) -> CreditClaims {
      var credits: [CredentialClaims.Credit] = []
      for entry in try vigil.objects("credits") {
        credits.append(
          CredentialClaims.Credit(
            approver: try entry.string("approver"), approvalNumber: try entry.string("approvalNumber"),
            minutes: try entry.integer("minutes"), isSample: try entry.bool("sample")))
      }
      let examples = try vigil.objects("approvals").map { approval throws(CredentialError) in
        try approval.bool("example")
      }
      let isSample = try vigil.bool("sample")
      let expectedSample =
        credits.isEmpty ? (!examples.isEmpty && !examples.contains(false)) : credits.allSatisfy(\.isSample)
      guard isSample == expectedSample else {
        throw fail("vigil.sample does not follow from the credits and approvals")
      }
      let counted = try vigil.integer("countedMinutes")
      let largest = credits.filter { !$0.isSample }.map(\.minutes).max() ?? 0
      guard (0...largest).contains(counted) else {
        throw fail(
          "vigil.countedMinutes \(counted) is more than the largest credit that is not sample credit (\(largest))")
      }
      guard let licenseKey = try vigil.optionalString("license") else {
        guard try vigil.optionalObject("board") == nil, subject.object["creditsEarned"] == nil,
          subject.object["licenseNumber"] == nil, credits.isEmpty
        else { throw fail("a certificate without a license reports credit or a board") }
        return CreditClaims(countedMinutes: counted, credits: credits, isSample: isSample)
      }
      let board = try vigil.object("board")
      let parts = licenseKey.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 3, try board.string("id") == String(parts[0]),
        try subject.string("licenseNumber") == String(parts[2])
      else { throw fail("vigil.license, vigil.board.id and credentialSubject.licenseNumber do not name one license") }
      let perHour = try board.integer("minutesPerHour")
      guard perHour > 0, let earnedText = try subject.numberText("creditsEarned"),
        let earned = ExactDecimal.hundredths(earnedText)
      else {
        throw fail("credentialSubject.creditsEarned or vigil.board.minutesPerHour is missing or not a number of hours")
      }
      guard Int64(earned) == (counted * 100 + perHour / 2) / perHour else {
        throw fail(
          "creditsEarned \(earnedText) is not vigil.countedMinutes (\(counted)) in hours of \(perHour) minutes")
      }
      guard !isSample || earned == 0 else { throw fail("a sample reports \(earnedText) hours of credit") }
      return CreditClaims(
        license: licenseKey, boardName: try board.string("name"), minutesPerHour: perHour,
        hundredthsEarned: Int64(earned),
        countedMinutes: counted, credits: credits, isSample: isSample)
    }

    /// `vigil.approvals`: each approval's credit in hours (hundredths) of its own length, and its statement.
    private static func readApprovals(_ vigil: ClaimsObject) throws(CredentialError) -> [CredentialClaims.Approval] {
      try vigil.objects("approvals").map { entry throws(CredentialError) in
        guard let hoursText = try entry.numberText("hours"), let hundredths = ExactDecimal.hundredths(hoursText) else {
          throw entry.problem("hours", "is missing or not a number of hours")
        }
        return CredentialClaims.Approval(
          approver: try entry.string("approver"), approvalNumber: try entry.string("approvalNumber"),
          hundredths: Int64(hundredths), minutesPerHour: try entry.integer("minutesPerHour"),
          statement: try entry.string("statement"), isExample: try entry.bool("example"))
      }
    }

    /// Whole days since 1970 of an instant.
    private static func floorDays(_ seconds: Int64) -> Int64 {
      seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }
  }
}
