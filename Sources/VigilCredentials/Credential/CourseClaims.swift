import Foundation
import VigilBase
import VigilCourse
import VigilLedger

/// The members of a credential's claims that every credential of one course version issued in one
/// ledger shares, whoever the learner: the achievement (with its name-based id), the issuer's profile
/// and the course's approvals, with the ids and the status lists' address they derive from. They are
/// written once, as canonical members, and copied into each credential's claims where they belong
/// (``OpenBadgeCredential/claims()``), so a credential writes only what is its own.
///
/// They are a pure function of their ``Inputs``, which are read from each credential's facts: the
/// members are the bytes the credential would write itself, and a credential whose inputs differ in
/// any way (another course version, a changed title, summary, pass mark or approval, another provider
/// or ledger) has them written again. A reference, so each credential holding them costs one retain.
final class CourseClaims: Sendable, Hashable {
  /// What the shared members are written from.
  struct Inputs: Sendable, Hashable {
    /// The ledger's id: the issuer's id and the namespace of the achievement's id.
    var ledgerID: String
    /// The course as the completion's snapshot recorded it.
    var courseID: String
    var courseVersion: String
    var courseTitle: String
    var approvals: [CompletionSnapshot.ApprovalSnapshot]
    var providerWeb: String?
    /// What the course package states.
    var package: PackageFacts
    /// Whether the completion has a quiz score (the achievement then describes it).
    var scored: Bool

    /// The inputs of the credential of `facts`.
    init(_ facts: CredentialFacts) {
      let snapshot = facts.subject.snapshot
      ledgerID = facts.subject.ledgerID
      courseID = snapshot.courseID
      courseVersion = snapshot.courseVersion
      courseTitle = snapshot.courseTitle
      approvals = snapshot.approvals
      providerWeb = snapshot.providerWeb
      package = facts.package
      scored = facts.subject.percentBasisPoints != nil
    }

    /// Whether these are the inputs of the credential of `facts`: `self == Inputs(facts)`, field by
    /// field as ``init(_:)`` reads them, without copying them out of the facts first.
    func match(_ facts: CredentialFacts) -> Bool {
      ledgerID == facts.subject.ledgerID && courseID == facts.subject.snapshot.courseID
        && courseVersion == facts.subject.snapshot.courseVersion && courseTitle == facts.subject.snapshot.courseTitle
        && approvals == facts.subject.snapshot.approvals && providerWeb == facts.subject.snapshot.providerWeb
        && package == facts.package && scored == (facts.subject.percentBasisPoints != nil)
    }
  }

  /// What the members were written from.
  let inputs: Inputs
  /// `issuer.id` and `iss`: `urn:uuid:` and the ledger's id.
  let issuerID: String
  /// `achievement.id`: the course version's name-based id in the ledger's namespace.
  let achievementID: String
  /// The quiz result's description id: the achievement's, with `#score`.
  let resultDescriptionID: String
  /// The name of the course's credentials for credit (``OpenBadgeCredential/name``).
  let creditName: String
  /// The name of its samples.
  let sampleName: String
  /// What the URLs of the provider's status lists start with, nil when it has no web address.
  let statusListPrefix: String?
  /// `achievement`, the first member of `credentialSubject`.
  let achievement: CanonicalJSON
  /// `issuer`, the member between `iss` and `jti`.
  let issuer: CanonicalJSON
  /// `approvals`, the first member of `vigil`.
  let approvals: CanonicalJSON

  /// The members written from `inputs`, with the ledger's keys (`keys.ledgerID` is `inputs.ledgerID`).
  init(_ inputs: Inputs, keys: LedgerKeys) {
    self.inputs = inputs
    issuerID = keys.issuerID
    let id = keys.namespace.urn("achievement/\(inputs.courseID)/\(inputs.courseVersion)")
    achievementID = id
    let resultDescriptionID = Self.resultDescriptionID(achievementID: id)
    self.resultDescriptionID = resultDescriptionID
    statusListPrefix = StatusListEntry.listPrefix(web: inputs.providerWeb)
    creditName = OpenBadgeCredential.name(title: inputs.courseTitle, sample: false)
    sampleName = OpenBadgeCredential.name(title: inputs.courseTitle, sample: true)
    var achievement = CanonicalJSON(capacity: 1024)
    achievement.field("achievement") {
      Self.writeAchievement(inputs, id: id, resultDescriptionID: resultDescriptionID, to: &$0)
    }
    self.achievement = achievement
    var issuer = CanonicalJSON(capacity: 512)
    issuer.field("issuer") { Self.writeIssuer(inputs.package.provider, id: keys.issuerID, to: &$0) }
    self.issuer = issuer
    var approvals = CanonicalJSON(capacity: 512)
    Self.writeApprovals(inputs.approvals, to: &approvals)
    self.approvals = approvals
  }

  /// The name of a credential of the course, a sample or not.
  func name(sample: Bool) -> String { sample ? sampleName : creditName }

  static func == (lhs: CourseClaims, rhs: CourseClaims) -> Bool { lhs.inputs == rhs.inputs }

  func hash(into hasher: inout Hasher) { hasher.combine(inputs) }

  /// The quiz result's description id of an achievement: its id, with `#score`.
  private static func resultDescriptionID(achievementID: String) -> String { achievementID + "#score" }

  /// What earns the certificate, in words.
  private static func criteriaNarrative(passBasisPoints: Int64?) -> String {
    guard let pass = passBasisPoints else { return "Complete every lesson of the course." }
    return "Complete every lesson of the course and score at least \(OpenBadgeCredential.decimal(pass))% on its quiz."
  }

  /// The Achievement: the course version.
  private static func writeAchievement(
    _ inputs: Inputs, id: String, resultDescriptionID: String, to json: inout CanonicalJSON
  ) {
    json.field("achievementType", OpenBadgeCredential.achievementType)
    json.field("creditsAvailable", hundredths: CredentialFacts.hundredthsAvailable(approvals: inputs.approvals))
    let pass = inputs.package.passBasisPoints
    json.field("criteria") { $0.field("narrative", criteriaNarrative(passBasisPoints: pass)) }
    json.field("description", inputs.package.summary)
    json.field("humanCode", inputs.courseID)
    json.field("id", id)
    json.field("inLanguage", inputs.package.language)
    json.field("name", inputs.courseTitle)
    if inputs.scored {
      json.field("resultDescription", objects: 1) { description, _ in
        description.field("id", resultDescriptionID)
        description.field("name", "Quiz score (percent)")
        if let pass { description.field("requiredValue", OpenBadgeCredential.decimal(pass)) }
        description.field("resultType", "Percent")
        description.field("type", strings: ["ResultDescription"])
        description.field("valueMax", "100")
        description.field("valueMin", "0")
      }
    }
    json.field("type", strings: ["Achievement"])
    json.field("version", inputs.courseVersion)
  }

  /// The issuer Profile: the provider as the course package states it.
  private static func writeIssuer(_ provider: Provider, id: String, to json: inout CanonicalJSON) {
    if let address = provider.address {
      json.field("address") { postal in
        postal.field("streetAddress", address)
        postal.field("type", strings: ["Address"])
      }
    }
    json.field("id", id)
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

  /// The course's approvals, each with the statement certificates print.
  private static func writeApprovals(_ approvals: [CompletionSnapshot.ApprovalSnapshot], to json: inout CanonicalJSON) {
    json.field("approvals", objects: approvals.count) { entry, index in
      let approval = approvals[index]
      entry.field("approvalNumber", approval.number)
      entry.field("approver", approval.approver)
      entry.field("example", approval.isExample)
      entry.field("hours", hundredths: Int64(approval.hundredthsOfHour))
      entry.field("minutesPerHour", approval.minutesPerHour)
      entry.field("statement", approval.statement)
    }
  }

  /// Keeps the members an issuer wrote last: one issuer issues the completions of one course, so
  /// its credentials share them until the course package or the ledger changes.
  final class Memory: @unchecked Sendable {
    private let lock = NSLock()
    private var last: CourseClaims?

    /// The members for the credential of `facts`, written again only when their inputs differ from
    /// the last ones (`keys.ledgerID` is the subject's).
    func claims(for facts: CredentialFacts, keys: LedgerKeys) -> CourseClaims {
      if let claims = lock.withLock({ last }), claims.inputs.match(facts) { return claims }
      let claims = CourseClaims(Inputs(facts), keys: keys)
      lock.withLock { last = claims }
      return claims
    }
  }
}
