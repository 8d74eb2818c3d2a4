import VigilBase
import VigilCourse
import VigilLedger
import VigilSigning

/// The certificate of one completion for one license, as an Open Badges 3.0 `OpenBadgeCredential` on
/// the W3C Verifiable Credentials Data Model 2.0, secured as a VC-JWT: the claims are the credential
/// itself plus the JWT claims `iss` (= `issuer.id`), `jti` (= `id`), `nbf` (= `validFrom`) and `sub`
/// (= `credentialSubject.id`).
///
/// The claims are canonical JSON (RFC 8785) and a pure function of ``CredentialFacts``. Ids are
/// name-based UUIDs in the ledger's namespace (``NameBasedUUID``): the issuer is `urn:uuid:<ledger id>`,
/// the learner `learner/<id>`, the course `achievement/<course>/<version>`, the credential
/// `credential/<completion id>/<license key>` (`-` without a license), and a re-issued one
/// `credential/<completion id>/edition-<edition>/<license key>`. What Open Badges has no term
/// for (the certificate number, the board's unit and counted minutes, each approval's statement, the
/// ledger's signed checkpoint) is in the `vigil` member; the README describes every member.
public struct OpenBadgeCredential: Sendable, Hashable {
  /// `@context`, in the order the data model requires.
  public static let contexts = [
    "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
  ]
  /// `type`.
  public static let types = ["VerifiableCredential", "OpenBadgeCredential"]
  /// The JWS `typ` of a VC-JWT.
  public static let tokenType = "JWT"
  /// `achievement.achievementType`.
  public static let achievementType = "CertificateOfCompletion"
  /// What a sample's name starts with.
  public static let samplePrefix = "SAMPLE"

  /// What the credential says.
  public let facts: CredentialFacts
  /// `id` and `jti`.
  public let id: String
  /// `issuer.id` and `iss`: the provider's ledger.
  public let issuerID: String
  /// `credentialSubject.id` and `sub`: the learner in that ledger.
  public let subjectID: String
  /// `achievement.id`: the course version.
  public let achievementID: String

  /// The credential of `facts`.
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` when the ledger's id is not a UUID.
  public init(_ facts: CredentialFacts) throws(CredentialError) {
    let subject = facts.subject
    func uuid(_ name: String) throws(CredentialError) -> String {
      guard let value = NameBasedUUID.make(namespace: subject.ledgerID, name: name) else {
        throw CredentialError(.cannotIssue, "the ledger's id \(Echo.quoted(subject.ledgerID)) is not a UUID")
      }
      return "urn:uuid:" + value
    }
    self.facts = facts
    issuerID = "urn:uuid:" + subject.ledgerID.lowercased()
    subjectID = try uuid("learner/\(subject.learnerID)")
    achievementID = try uuid("achievement/\(subject.snapshot.courseID)/\(subject.snapshot.courseVersion)")
    let edition = subject.edition > 1 ? "edition-\(subject.edition)/" : ""
    id = try uuid("credential/\(subject.completionID)/\(edition)\(facts.license.map(\.license.description) ?? "-")")
  }

  /// The credential's name: `<title>: Certificate of Completion`, and for a sample
  /// `SAMPLE: <title>: Certificate of Completion (no real credit)`.
  public var name: String {
    let name = "\(facts.subject.snapshot.courseTitle): Certificate of Completion"
    return facts.isSample ? "\(Self.samplePrefix): \(name) (no real credit)" : name
  }

  /// `validFrom`: the instant of completion, UTC.
  public var validFrom: String { InstantText.format(facts.subject.completedAt.secondsSinceEpoch) }

  /// The claims: the JWS payload's bytes.
  public func claims() throws(CredentialError) -> [UInt8] {
    var json = CanonicalJSON()
    json.field("@context", strings: Self.contexts)
    if let status { json.field("credentialStatus", object: Self.statusObject(status)) }
    json.field("credentialSubject", object: credentialSubject)
    json.field("id", id)
    json.field("iss", issuerID)
    json.field("issuer", object: issuer)
    json.field("jti", id)
    json.field("name", name)
    json.field("nbf", facts.subject.completedAt.secondsSinceEpoch)
    json.field("sub", subjectID)
    json.field("type", strings: Self.types)
    json.field("validFrom", validFrom)
    json.field("vigil", object: vigil)
    do {
      return try json.finished()
    } catch {
      throw CredentialError(.cannotIssue, "the credential cannot be written canonically (\(error)); please report it")
    }
  }

  /// `credentialStatus`: where the provider publishes the certificate's revocation, nil when the
  /// completion's provider has no web address.
  public var status: StatusListEntry? {
    StatusListEntry.derive(
      ledgerID: facts.subject.ledgerID, completionID: facts.subject.completionID, edition: facts.subject.edition,
      providerWeb: facts.subject.snapshot.providerWeb)
  }

  /// A `BitstringStatusListEntry` for revocation (its index is a string, as the specification has it).
  private static func statusObject(_ entry: StatusListEntry) -> CanonicalJSON {
    var json = CanonicalJSON()
    json.field("id", entry.id)
    json.field("statusListCredential", entry.listURL)
    json.field("statusListIndex", String(entry.index))
    json.field("statusPurpose", StatusListEntry.purpose)
    json.field("type", StatusListEntry.type)
    return json
  }

  /// The issuer Profile: the provider as the course package states it.
  private var issuer: CanonicalJSON {
    let provider = facts.provider
    var json = CanonicalJSON()
    if let address = provider.address {
      var postal = CanonicalJSON()
      postal.field("streetAddress", address)
      postal.field("type", strings: ["Address"])
      json.field("address", object: postal)
    }
    json.field("id", issuerID)
    json.field("name", provider.name)
    if !provider.numbers.isEmpty {
      json.field(
        "otherIdentifier",
        objects: provider.numbers.map { number in
          var entry = CanonicalJSON()
          entry.field("identifier", number.value)
          entry.field("identifierType", "ext:\(number.authority)")
          entry.field("type", "IdentifierEntry")
          return entry
        })
    }
    json.field("type", strings: ["Profile"])
    if let web = provider.web { json.field("url", web) }
    return json
  }

  /// The AchievementSubject: the learner, the credit for the license, the quiz result.
  private var credentialSubject: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("achievement", object: achievement)
    if let license = facts.license { json.field("creditsEarned", hundredths: license.hundredthsEarned) }
    json.field("id", subjectID)
    var name = CanonicalJSON()
    name.field("hashed", false)
    name.field("identityHash", facts.subject.snapshot.learnerName)
    name.field("identityType", "name")
    name.field("type", "IdentityObject")
    json.field("identifier", objects: [name])
    if let license = facts.license { json.field("licenseNumber", license.license.number) }
    if let percent = facts.subject.percentBasisPoints {
      var result = CanonicalJSON()
      result.field("resultDescription", resultDescriptionID)
      result.field("status", "Completed")
      result.field("type", strings: ["Result"])
      result.field("value", Self.decimal(percent))
      json.field("result", objects: [result])
    }
    json.field("type", strings: ["AchievementSubject"])
    return json
  }

  /// The Achievement: the course version.
  private var achievement: CanonicalJSON {
    let snapshot = facts.subject.snapshot
    var json = CanonicalJSON()
    json.field("achievementType", Self.achievementType)
    json.field("creditsAvailable", hundredths: facts.hundredthsAvailable)
    var criteria = CanonicalJSON()
    criteria.field("narrative", criteriaNarrative)
    json.field("criteria", object: criteria)
    json.field("description", facts.summary)
    json.field("humanCode", snapshot.courseID)
    json.field("id", achievementID)
    json.field("inLanguage", facts.language)
    json.field("name", snapshot.courseTitle)
    if facts.subject.percentBasisPoints != nil {
      var description = CanonicalJSON()
      description.field("id", resultDescriptionID)
      description.field("name", "Quiz score (percent)")
      if let pass = facts.passBasisPoints { description.field("requiredValue", Self.decimal(pass)) }
      description.field("resultType", "Percent")
      description.field("type", strings: ["ResultDescription"])
      description.field("valueMax", "100")
      description.field("valueMin", "0")
      json.field("resultDescription", objects: [description])
    }
    json.field("type", strings: ["Achievement"])
    json.field("version", snapshot.courseVersion)
    return json
  }

  /// What Open Badges has no term for.
  private var vigil: CanonicalJSON {
    let subject = facts.subject
    var json = CanonicalJSON()
    json.field(
      "approvals",
      objects: subject.snapshot.approvals.map { approval in
        var entry = CanonicalJSON()
        entry.field("approvalNumber", approval.number)
        entry.field("approver", approval.approver)
        entry.field("example", approval.isExample)
        entry.field("hours", hundredths: Int64(approval.hundredthsOfHour))
        entry.field("minutesPerHour", approval.minutesPerHour)
        entry.field("statement", approval.statement)
        return entry
      })
    if let license = facts.license {
      var board = CanonicalJSON()
      board.field("id", license.license.board)
      board.field("minutesPerHour", license.minutesPerHour)
      board.field("name", license.boardName)
      json.field("board", object: board)
    } else {
      json.field("board", nil as String?)
    }
    json.field("certificateNumber", facts.number.description)
    json.field("checkpoint", subject.checkpoint)
    json.field("completedOn", subject.completedOn.description)
    json.field("completion", subject.completionNumber)
    json.field("countedMinutes", facts.license?.countedMinutes ?? 0)
    json.field(
      "credits",
      objects: (facts.license?.credits ?? []).map { credit in
        var entry = CanonicalJSON()
        entry.field("approvalNumber", credit.approvalNumber)
        entry.field("approver", credit.approver)
        entry.field("minutes", credit.minutes)
        entry.field("sample", credit.isSample)
        entry.field("topics", strings: credit.topics.sorted())
        return entry
      })
    if subject.edition > 1 { json.field("edition", subject.edition) }
    json.field("license", facts.license?.license.description)
    json.field("sample", facts.isSample)
    if let supersedes = subject.supersedes { json.field("supersedes", supersedes) }
    return json
  }

  /// The quiz result's description id: the achievement's, with `#score`.
  private var resultDescriptionID: String { achievementID + "#score" }

  /// What earns the certificate, in words.
  private var criteriaNarrative: String {
    guard let pass = facts.passBasisPoints else { return "Complete every lesson of the course." }
    return "Complete every lesson of the course and score at least \(Self.decimal(pass))% on its quiz."
  }

  /// Basis points as a percentage: 9250 is `92.5`, 8000 is `80`.
  static func decimal(_ basisPoints: Int64) -> String {
    var bytes: [UInt8] = []
    CanonicalJSON.appendHundredths(basisPoints, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
