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

  /// `credentialStatus`: where the provider publishes the certificate's revocation, nil when the
  /// completion's provider has no web address.
  public let status: StatusListEntry?

  /// The credential of `facts`.
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` when the ledger's id is not a UUID.
  public init(_ facts: CredentialFacts) throws(CredentialError) {
    self.init(facts, keys: try LedgerKeys.of(ledgerID: facts.subject.ledgerID))
  }

  /// The credential of `facts` with its ledger's keys at hand (`keys.ledgerID` is the subject's).
  init(_ facts: CredentialFacts, keys: LedgerKeys) {
    let subject = facts.subject
    func uuid(_ name: String) -> String { "urn:uuid:" + keys.namespace.uuid(name) }
    self.facts = facts
    issuerID = keys.issuerID
    status = StatusListEntry.derive(
      indexes: keys.statusIndexes, completionID: subject.completionID, edition: subject.edition,
      providerWeb: subject.snapshot.providerWeb)
    subjectID = uuid("learner/\(subject.learnerID)")
    achievementID = uuid("achievement/\(subject.snapshot.courseID)/\(subject.snapshot.courseVersion)")
    let edition = subject.edition > 1 ? "edition-\(subject.edition)/" : ""
    id = uuid("credential/\(subject.completionID)/\(edition)\(facts.license.map(\.license.description) ?? "-")")
  }

  /// The credential's name: `<title>: Certificate of Completion`, and for a sample
  /// `SAMPLE: <title>: Certificate of Completion (no real credit)`.
  public var name: String {
    let name = "\(facts.subject.snapshot.courseTitle): Certificate of Completion"
    return facts.isSample ? "\(Self.samplePrefix): \(name) (no real credit)" : name
  }

  /// `validFrom`: the instant of completion, UTC.
  public var validFrom: String { InstantText.format(facts.subject.completedAt.secondsSinceEpoch) }

  /// The claims: the JWS payload's bytes, written in one pass into one buffer (each object in place).
  public func claims() throws(CredentialError) -> [UInt8] {
    var json = CanonicalJSON(capacity: Self.typicalClaimsBytes)
    json.field("@context", strings: Self.contexts)
    if let status { json.field("credentialStatus") { Self.writeStatus(status, to: &$0) } }
    json.field("credentialSubject") { writeCredentialSubject(to: &$0) }
    json.field("id", id)
    json.field("iss", issuerID)
    json.field("issuer") { writeIssuer(to: &$0) }
    json.field("jti", id)
    json.field("name", name)
    json.field("nbf", facts.subject.completedAt.secondsSinceEpoch)
    json.field("sub", subjectID)
    json.field("type", strings: Self.types)
    json.field("validFrom", validFrom)
    json.field("vigil") { writeVigil(to: &$0) }
    do {
      return try json.finished()
    } catch {
      throw CredentialError(.cannotIssue, "the credential cannot be written canonically (\(error)); please report it")
    }
  }

  /// Room for a credential's claims (about 3 KB with one approval and one license), so the buffer
  /// seldom grows.
  private static let typicalClaimsBytes = 4096

  /// A `BitstringStatusListEntry` for revocation (its index is a string, as the specification has it).
  private static func writeStatus(_ entry: StatusListEntry, to json: inout CanonicalJSON) {
    json.field("id", entry.id)
    json.field("statusListCredential", entry.listURL)
    json.field("statusListIndex", String(entry.index))
    json.field("statusPurpose", StatusListEntry.purpose)
    json.field("type", StatusListEntry.type)
  }

  /// The issuer Profile: the provider as the course package states it.
  private func writeIssuer(to json: inout CanonicalJSON) {
    let provider = facts.provider
    if let address = provider.address {
      json.field("address") { postal in
        postal.field("streetAddress", address)
        postal.field("type", strings: ["Address"])
      }
    }
    json.field("id", issuerID)
    json.field("name", provider.name)
    if !provider.numbers.isEmpty {
      json.field("otherIdentifier", objects: provider.numbers.count) { entry, index in
        let number = provider.numbers[index]
        entry.field("identifier", number.value)
        entry.field("identifierType", "ext:\(number.authority)")
        entry.field("type", "IdentifierEntry")
      }
    }
    json.field("type", strings: ["Profile"])
    if let web = provider.web { json.field("url", web) }
  }

  /// The AchievementSubject: the learner, the credit for the license, the quiz result.
  private func writeCredentialSubject(to json: inout CanonicalJSON) {
    json.field("achievement") { writeAchievement(to: &$0) }
    if let license = facts.license { json.field("creditsEarned", hundredths: license.hundredthsEarned) }
    json.field("id", subjectID)
    json.field("identifier", objects: 1) { name, _ in
      name.field("hashed", false)
      name.field("identityHash", facts.subject.snapshot.learnerName)
      name.field("identityType", "name")
      name.field("type", "IdentityObject")
    }
    if let license = facts.license { json.field("licenseNumber", license.license.number) }
    if let percent = facts.subject.percentBasisPoints {
      json.field("result", objects: 1) { result, _ in
        result.field("resultDescription", resultDescriptionID)
        result.field("status", "Completed")
        result.field("type", strings: ["Result"])
        result.field("value", Self.decimal(percent))
      }
    }
    json.field("type", strings: ["AchievementSubject"])
  }

  /// The Achievement: the course version.
  private func writeAchievement(to json: inout CanonicalJSON) {
    let snapshot = facts.subject.snapshot
    json.field("achievementType", Self.achievementType)
    json.field("creditsAvailable", hundredths: facts.hundredthsAvailable)
    json.field("criteria") { $0.field("narrative", criteriaNarrative) }
    json.field("description", facts.summary)
    json.field("humanCode", snapshot.courseID)
    json.field("id", achievementID)
    json.field("inLanguage", facts.language)
    json.field("name", snapshot.courseTitle)
    if facts.subject.percentBasisPoints != nil {
      json.field("resultDescription", objects: 1) { description, _ in
        description.field("id", resultDescriptionID)
        description.field("name", "Quiz score (percent)")
        if let pass = facts.passBasisPoints { description.field("requiredValue", Self.decimal(pass)) }
        description.field("resultType", "Percent")
        description.field("type", strings: ["ResultDescription"])
        description.field("valueMax", "100")
        description.field("valueMin", "0")
      }
    }
    json.field("type", strings: ["Achievement"])
    json.field("version", snapshot.courseVersion)
  }

  /// What Open Badges has no term for.
  private func writeVigil(to json: inout CanonicalJSON) {
    let subject = facts.subject
    let approvals = subject.snapshot.approvals
    json.field("approvals", objects: approvals.count) { entry, index in
      let approval = approvals[index]
      entry.field("approvalNumber", approval.number)
      entry.field("approver", approval.approver)
      entry.field("example", approval.isExample)
      entry.field("hours", hundredths: Int64(approval.hundredthsOfHour))
      entry.field("minutesPerHour", approval.minutesPerHour)
      entry.field("statement", approval.statement)
    }
    if let license = facts.license {
      json.field("board") { board in
        board.field("id", license.license.board)
        board.field("minutesPerHour", license.minutesPerHour)
        board.field("name", license.boardName)
      }
    } else {
      json.field("board", nil as String?)
    }
    json.field("certificateNumber", facts.number.description)
    json.field("checkpoint", subject.checkpoint)
    json.field("completedOn", subject.completedOn.description)
    json.field("completion", subject.completionNumber)
    json.field("countedMinutes", facts.license?.countedMinutes ?? 0)
    let credits = facts.license?.credits ?? []
    json.field("credits", objects: credits.count) { entry, index in
      let credit = credits[index]
      entry.field("approvalNumber", credit.approvalNumber)
      entry.field("approver", credit.approver)
      entry.field("minutes", credit.minutes)
      entry.field("sample", credit.isSample)
      entry.field("topics", strings: credit.topics.sorted())
    }
    if subject.edition > 1 { json.field("edition", subject.edition) }
    json.field("license", facts.license?.license.description)
    json.field("sample", facts.isSample)
    if let supersedes = subject.supersedes { json.field("supersedes", supersedes) }
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
