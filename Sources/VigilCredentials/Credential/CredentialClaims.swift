import VigilBase
import VigilCourse
import VigilLedger
import VigilSigning

/// A Vigil certificate's claims as read back from a token's payload: what `vigil certificate show`,
/// `list` and `verify` print, checked for agreement with each other when read (see
/// ``CredentialClaims/init(payload:)``).
public struct CredentialClaims: Sendable, Hashable {
  /// The credit a credential reports for one approval.
  public struct Credit: Sendable, Hashable {
    /// The approver, e.g. `ANCC`.
    public var approver: String
    /// The approval number.
    public var approvalNumber: String
    /// Minutes of learning.
    public var minutes: Int64
    /// Whether it is sample credit.
    public var isSample: Bool
  }

  /// One approval of the course, as `vigil.approvals` states it.
  public struct Approval: Sendable, Hashable {
    /// The approver, e.g. `ANCC`.
    public var approver: String
    /// The approval number.
    public var approvalNumber: String
    /// The approved credit in hundredths of the approval's hour.
    public var hundredths: Int64
    /// Minutes in the approval's hour.
    public var minutesPerHour: Int64
    /// The statement certificates print, exactly as the course gives it.
    public var statement: String
    /// Whether the approval is an example (its number a placeholder, its credit none).
    public var isExample: Bool

    /// The approved credit as hours text (`1.0`).
    public var hoursText: String { HoursText.format(hundredths: Int(hundredths)) }
  }

  /// `id` (and `jti`).
  public var id: String
  /// `issuer.id` (and `iss`): `urn:uuid:<ledger id>` for Vigil's certificates.
  public var issuerID: String
  /// `issuer.name`: the provider.
  public var issuerName: String
  /// `issuer.url`: the provider's web address, when the course package states one.
  public var issuerURL: String?
  /// `issuer.address.streetAddress`: the provider's postal address on one line, when stated.
  public var issuerAddress: String?
  /// `credentialSubject.id` (and `sub`).
  public var subjectID: String
  /// The learner's name as the certificate prints it.
  public var learnerName: String
  /// `name`.
  public var name: String
  /// The course's title, id and version.
  public var courseTitle: String
  public var courseID: String
  public var courseVersion: String
  /// `validFrom` (and `nbf`) in seconds since 1970.
  public var validFrom: Int64
  /// The certificate number.
  public var number: CertificateNumber
  /// The completion's natural key in the issuing ledger.
  public var completion: String
  /// The completion's local date.
  public var completedOn: CalendarDate
  /// The license (`BOARD:TYPE:NUMBER`), nil without one.
  public var license: String?
  /// The board's name, with a license.
  public var boardName: String?
  /// Minutes in the board's hour, with a license.
  public var minutesPerHour: Int64?
  /// `creditsEarned` in hundredths of the board's hour, with a license.
  public var hundredthsEarned: Int64?
  /// The minutes the board counts.
  public var countedMinutes: Int64
  /// The credit per approval for the license.
  public var credits: [Credit]
  /// Every approval of the course, in the course's order.
  public var approvals: [Approval]
  /// Whether the certificate is a sample that reports no real credit.
  public var isSample: Bool
  /// The provider ledger's signed checkpoint the certificate carries.
  public var checkpoint: String
  /// Where the provider publishes its revocation (`credentialStatus`); nil for a certificate issued
  /// before status lists, or by a provider without a web address.
  public var status: StatusListEntry?
  /// `vigil.supersedes`: the certificate this one was re-issued to replace (after a corrected name); nil
  /// for a completion's first certificate.
  public var supersedes: CertificateNumber?
  /// `vigil.edition`: which certificate of the completion this is (1 when absent: the first; a re-issue
  /// says 2 and on, with ``supersedes``).
  public var edition: Int
  /// `issuer.otherIdentifier`: the provider's numbers (`identifierType` `ext:<authority>`).
  public var issuerNumbers: [ProviderNumber]
  /// `achievement.description`: the course's summary.
  public var summary: String?
  /// `achievement.inLanguage`: the course's language.
  public var language: String?
  /// The quiz's pass mark in basis points (`resultDescription`'s `requiredValue`), when it has one.
  public var passBasisPoints: Int64?

  /// The credit as hours text in the board's hours (`1.0`), nil without a license.
  public var hoursText: String? { hundredthsEarned.map { HoursText.format(hundredths: Int($0)) } }
}

// In an extension, so the memberwise initializer the reader uses stays.
extension CredentialClaims {
  /// The claims of a token's payload, read without checking its signature: for a token the ledger
  /// itself holds (`vigil certificate list` and `show`). Verify anything else with ``CertificateVerifier``.
  ///
  /// - Throws: ``CredentialError/Code/malformedToken`` or the errors of ``init(payload:)``.
  public init(storedToken token: String) throws(CredentialError) {
    try self.init(payload: try Self.payload(ofStoredToken: token))
  }

  /// The provider ledger's head the carried checkpoint signs (what `vigil ledger verify --since` takes),
  /// read without checking the checkpoint's signature; nil when it does not read as one.
  public var ledgerHead: ChainHead? {
    guard let payload = try? Self.payload(ofStoredToken: checkpoint),
      let head = try? Checkpoint(payload: payload)
    else { return nil }
    return ChainHead(sequence: head.sequence, link: head.link)
  }

  /// The payload's bytes of a compact JWS, read without checking its signature.
  ///
  /// - Throws: ``CredentialError/Code/malformedToken`` when it is not three parts with a base64url payload.
  static func payload(ofStoredToken token: String) throws(CredentialError) -> [UInt8] {
    let parts = Array(token.utf8).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard parts.count == 3, let payload = Base64URL.decode(bytes: Array(parts[1])) else {
      throw CredentialError(.malformedToken, "the stored certificate is not a compact JWS")
    }
    return payload
  }

  /// Reads the claims and checks that they agree with each other (``Consistency``): the contexts and
  /// types; `iss`, `jti`, `nbf` and `sub` against the credential; the dates; the credit against the
  /// board's unit and counted minutes; a sample reporting no credit and named as one.
  ///
  /// - Throws: ``CredentialError/Code/malformedToken`` when the payload is not a JSON object,
  ///   ``CredentialError/Code/inconsistentClaims`` naming the first member that is missing or disagrees.
  public init(payload: [UInt8]) throws(CredentialError) {
    let value: JSONValue
    do {
      value = try StrictJSONParser.parse(payload)
    } catch {
      throw CredentialError(.malformedToken, "the certificate's payload is not JSON: \(error.reason)")
    }
    guard case .object(let object) = value else {
      throw CredentialError(.malformedToken, "the certificate's payload is \(value.kindName), not a JSON object")
    }
    self = try Consistency.read(ClaimsObject(object: object, path: ""))
  }
}
