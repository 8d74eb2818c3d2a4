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
///
/// What every credential of one course version shares (the achievement, the issuer, the approvals) is
/// ``CourseClaims``, which an issuer writes once and keeps while the course stays the same; what is the
/// credential's own besides its facts (its id, the learner's, its status entry, its license's text) is
/// ``Identity``. The claims are written by static functions of the three, which read the facts where
/// they are: an issuer writes a credential's claims without copying its facts into a value of this type.
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
  /// The ids and the status entry derived for it.
  let identity: Identity
  /// The members the course's credentials share.
  let course: CourseClaims

  /// `id` and `jti`.
  public var id: String { identity.id }
  /// `issuer.id` and `iss`: the provider's ledger.
  public var issuerID: String { course.issuerID }
  /// `credentialSubject.id` and `sub`: the learner in that ledger.
  public var subjectID: String { identity.subjectID }
  /// `achievement.id`: the course version.
  public var achievementID: String { course.achievementID }
  /// `credentialStatus`: where the provider publishes the certificate's revocation, nil when the
  /// completion's provider has no web address.
  public var status: StatusListEntry? { identity.status }

  /// What a credential derives from its facts and its ledger's keys that is its own: its id, the
  /// learner's id, its status-list entry and its license's text.
  struct Identity: Sendable, Hashable {
    /// `id` and `jti`: `credential/<completion id>/<license key>` (with `edition-<edition>/` before the
    /// license key for a re-issue) in the ledger's namespace.
    let id: String
    /// `credentialSubject.id` and `sub`: `learner/<id>` in the ledger's namespace.
    let subjectID: String
    /// `credentialStatus`, nil when the provider has no web address.
    let status: StatusListEntry?
    /// `vigil.license`: the license's text (``VigilLedger/LicenseKey/description``), nil without one.
    let license: String?

    /// The identity of the credential of `facts`, with its ledger's keys and its course's members
    /// (`keys.ledgerID` is the subject's, `course` written for `facts`).
    init(_ facts: borrowing CredentialFacts, keys: LedgerKeys, course: CourseClaims) {
      status = course.statusListPrefix.flatMap { prefix in
        StatusListEntry.derive(
          indexes: keys.statusIndexes, completionID: facts.subject.completionID, edition: facts.subject.edition,
          listPrefix: prefix)
      }
      // The names are written as bytes in parts and hashed as they are: neither is ever a string.
      var name: [UInt8] = []
      name.reserveCapacity(96)
      func append(_ part: StaticString) { part.withUTF8Buffer { name.append(contentsOf: $0) } }
      func append(_ part: String) { name.append(contentsOf: part.utf8) }
      append("learner/")
      CanonicalJSON.appendInteger(facts.subject.learnerID, to: &name)
      subjectID = keys.namespace.urn(utf8: name)
      name.removeAll(keepingCapacity: true)
      append("credential/")
      CanonicalJSON.appendInteger(facts.subject.completionID, to: &name)
      append("/")
      if facts.subject.edition > 1 {
        append("edition-")
        CanonicalJSON.appendInteger(Int64(facts.subject.edition), to: &name)
        append("/")
      }
      license = facts.license?.license.description
      append(license ?? "-")
      id = keys.namespace.urn(utf8: name)
    }
  }

  /// The credential of `facts`.
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` when the ledger's id is not a UUID.
  public init(_ facts: CredentialFacts) throws(CredentialError) {
    let keys = try LedgerKeys.of(ledgerID: facts.subject.ledgerID)
    let course = CourseClaims(CourseClaims.Inputs(facts), keys: keys)
    self.init(facts, identity: Identity(facts, keys: keys, course: course), course: course)
  }

  /// The credential of `facts` with its identity and its course's members (both derived for `facts`).
  init(_ facts: CredentialFacts, identity: Identity, course: CourseClaims) {
    self.facts = facts
    self.identity = identity
    self.course = course
  }

  /// The credential's name: `<title>: Certificate of Completion`, and for a sample
  /// `SAMPLE: <title>: Certificate of Completion (no real credit)`.
  public var name: String { course.name(sample: facts.isSample) }

  /// `validFrom`: the instant of completion, UTC.
  public var validFrom: String { InstantText.format(facts.subject.completedAt.secondsSinceEpoch) }

  /// The claims: the JWS payload's bytes.
  public func claims() throws(CredentialError) -> [UInt8] {
    try Self.claims(of: facts, identity: identity, course: course)
  }

  /// The claims of the credential of `facts` with its identity and its course's members (both derived
  /// for `facts`), written in one pass into one buffer (each object in place, the course's members
  /// copied in).
  static func claims(
    of facts: CredentialFacts, identity: Identity, course: CourseClaims
  ) throws(CredentialError) -> [UInt8] {
    var json = CanonicalJSON(capacity: typicalClaimsBytes)
    json.field("@context", strings: contexts)
    if let status = identity.status { json.field("credentialStatus") { writeStatus(status, to: &$0) } }
    json.field("credentialSubject") { writeCredentialSubject(facts, identity: identity, course: course, to: &$0) }
    json.field("id", identity.id)
    json.field("iss", course.issuerID)
    json.append(membersOf: course.issuer)
    json.field("jti", identity.id)
    json.field("name", course.name(sample: facts.isSample))
    json.field("nbf", facts.subject.completedAt.secondsSinceEpoch)
    json.field("sub", identity.subjectID)
    json.field("type", strings: types)
    json.field("validFrom", instant: facts.subject.completedAt.secondsSinceEpoch)
    json.field("vigil") { writeVigil(facts, identity: identity, course: course, to: &$0) }
    do {
      return try json.finished()
    } catch {
      throw CredentialError(.cannotIssue, "the credential cannot be written canonically (\(error)); please report it")
    }
  }

  /// Room for a credential's claims (about 3 KB with one approval and one license), so the buffer
  /// seldom grows.
  private static let typicalClaimsBytes = 4096
  /// `credentialSubject.type`.
  private static let subjectTypes = ["AchievementSubject"]
  /// `credentialSubject.result[].type`.
  private static let resultTypes = ["Result"]

  /// The name of a credential for the course titled `title`, a sample or not (see ``name``).
  static func name(title: String, sample: Bool) -> String {
    let name = title + ": Certificate of Completion"
    return sample ? samplePrefix + ": " + name + " (no real credit)" : name
  }

  /// A `BitstringStatusListEntry` for revocation (its index is a string, as the specification has it).
  private static func writeStatus(_ entry: StatusListEntry, to json: inout CanonicalJSON) {
    json.field("id", entry.id)
    json.field("statusListCredential", entry.listURL)
    json.field("statusListIndex", digits: Int64(entry.index))
    json.field("statusPurpose", StatusListEntry.purpose)
    json.field("type", StatusListEntry.type)
  }

  /// The AchievementSubject: the learner, the credit for the license, the quiz result.
  private static func writeCredentialSubject(
    _ facts: CredentialFacts, identity: Identity, course: CourseClaims, to json: inout CanonicalJSON
  ) {
    json.append(membersOf: course.achievement)
    // Read through the optional in place: binding the license would retain and release its strings and
    // credits.
    if let earned = facts.license?.hundredthsEarned { json.field("creditsEarned", hundredths: earned) }
    json.field("id", identity.subjectID)
    json.field("identifier", objects: 1) { name, _ in
      name.field("hashed", false)
      name.field("identityHash", facts.subject.snapshot.learnerName)
      name.field("identityType", "name")
      name.field("type", "IdentityObject")
    }
    if let number = facts.license?.license.number { json.field("licenseNumber", number) }
    if let percent = facts.subject.percentBasisPoints {
      json.field("result", objects: 1) { result, _ in
        result.field("resultDescription", course.resultDescriptionID)
        result.field("status", "Completed")
        result.field("type", strings: resultTypes)
        result.field("value", decimal(percent))
      }
    }
    json.field("type", strings: subjectTypes)
  }

  /// What Open Badges has no term for.
  private static func writeVigil(
    _ facts: CredentialFacts, identity: Identity, course: CourseClaims, to json: inout CanonicalJSON
  ) {
    json.append(membersOf: course.approvals)
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
    json.field("checkpoint", facts.subject.checkpoint)
    json.field("completedOn", facts.subject.completedOn.description)
    json.field("completion", facts.subject.completionNumber)
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
    if facts.subject.edition > 1 { json.field("edition", facts.subject.edition) }
    json.field("license", identity.license)
    json.field("sample", facts.isSample)
    if let supersedes = facts.subject.supersedes { json.field("supersedes", supersedes) }
  }

  /// Basis points as a percentage: 9250 is `92.5`, 8000 is `80`.
  static func decimal(_ basisPoints: Int64) -> String {
    var bytes: [UInt8] = []
    CanonicalJSON.appendHundredths(basisPoints, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
