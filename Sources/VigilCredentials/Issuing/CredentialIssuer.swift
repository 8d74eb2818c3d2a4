import VigilBase
import VigilBoards
import VigilCourse
import VigilLedger
import VigilSigning

/// Issues the certificates of completions of one course with the provider's key: the
/// ``VigilLedger/CertificateIssuer`` VigilEngine passes to the ledger, which calls it inside the
/// completion's transaction.
///
/// A completion gets one certificate number and one credential per license the learner holds, each
/// with that license's board's credit (one credential without a license when the learner holds none).
/// Each is written to the file ``CredentialFileNames`` names. A re-issue after a correction is
/// ``CredentialReissuer``'s.
public struct CredentialIssuer: CertificateIssuer {
  /// The provider's signing key: it signs the completion's checkpoint and its certificates.
  public let key: SigningKey
  /// The course completed (the package the completion's snapshot came from).
  public let course: Course
  /// The quiz's pass mark, in percent, when the course has a quiz.
  public let passPercent: Double?
  /// The board rules, for each license's board name, hour and rounding.
  public let boards: [Board]
  /// Signs the credentials with ``key``, their header encoded once (nil if it could not be, which
  /// signing then reports).
  private let credentialSigner: CompactJWSSigner?
  /// Signs the completions' checkpoints with ``key``, and knows the one it signed last.
  private let checkpoints: RememberingCheckpointSigner
  /// The keys of the ledger the issuer issued for last.
  private let ledgerKeys = LedgerKeys.Memory()
  /// The members its last credential shared with every credential of the course.
  private let courseClaims = CourseClaims.Memory()
  /// What the course package states, made once for every credential.
  private let package: PackageFacts
  /// What a credential needs of each board: its name and its unit, by id (a board is large, and the
  /// credit of each license would otherwise copy one out of ``boards``).
  private let boardUnits: [(id: String, name: String, unit: CreditUnit)]

  /// An issuer for completions of `course`.
  public init(key: SigningKey, course: Course, passPercent: Double?, boards: [Board]) {
    self.key = key
    self.course = course
    self.passPercent = passPercent
    self.boards = boards
    boardUnits = boards.map { (id: $0.id, name: $0.name, unit: $0.unit) }
    package = PackageFacts(
      provider: course.provider, summary: course.summary, language: course.language,
      passBasisPoints: passPercent.map { Int64(($0 * 100).rounded()) })
    checkpoints = RememberingCheckpointSigner(key: key)
    credentialSigner = try? CompactJWSSigner(key: key, type: OpenBadgeCredential.tokenType)
  }

  public var checkpointSigner: any CheckpointSigner { checkpoints }

  /// Signs the completion's credentials.
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` (another course, a checkpoint another key signed,
  ///   a license whose board file is missing), or the signing key's ``VigilSigning/SigningError``.
  public func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
    // The checkpoint the ledger has just had `checkpointSigner` sign, in the transaction that issues,
    // is this key's by construction and is not verified again.
    if !checkpoints.signedLast(subject.checkpoint) { try Self.checkCheckpoint(subject.checkpoint, key: key) }
    let keys = try ledgerKeys.keys(ledgerID: subject.ledgerID)
    let signer = try credentialSigner ?? CompactJWSSigner(key: key, type: OpenBadgeCredential.tokenType)
    var names = CredentialFileNames()
    return try facts(for: subject, numbers: keys.numbers).map { facts throws -> NewCertificate in
      let course = courseClaims.claims(for: facts, keys: keys)
      let identity = OpenBadgeCredential.Identity(facts, keys: keys, course: course)
      let claims = try OpenBadgeCredential.claims(of: facts, identity: identity, course: course)
      let token = try signer.sign(payload: claims)
      return NewCertificate(
        number: facts.number.description, license: facts.license?.license, credentialID: identity.id,
        fileName: names.next(number: facts.number, license: facts.license?.license), token: token)
    }
  }

  /// The facts of each credential of a completion: one per license, or one without a license.
  public func facts(for subject: CertificateSubject) throws(CredentialError) -> [CredentialFacts] {
    try facts(for: subject, numbers: NumberPermutation(ledgerID: subject.ledgerID))
  }

  /// ``facts(for:)`` with the ledger's permutation of certificate numbers at hand.
  private func facts(
    for subject: CertificateSubject, numbers: NumberPermutation
  ) throws(CredentialError) -> [CredentialFacts] {
    guard subject.snapshot.courseID == course.id, subject.snapshot.courseVersion == course.version else {
      throw CredentialError(
        .cannotIssue,
        "the completion is of \(subject.snapshot.courseID) \(subject.snapshot.courseVersion), not of \(course.id) "
          + "\(course.version)")
    }
    let number = try CertificateNumber.derive(
      numbers: numbers, completionID: subject.completionID, edition: subject.edition)
    func credentialFacts(license: consuming CredentialFacts.LicenseFacts?) -> CredentialFacts {
      CredentialFacts(subject: subject, number: number, package: package, license: license)
    }
    // Each license's facts made in place, not copied through an intermediate list.
    guard !subject.licenses.isEmpty else { return [credentialFacts(license: nil)] }
    return try subject.licenses.map { entry throws(CredentialError) in
      credentialFacts(license: try licenseFacts(entry))
    }
  }

  /// A license's board and the minutes it counts: the largest credit that is not sample credit, rounded
  /// as the board rounds.
  private func licenseFacts(
    _ entry: CertificateSubject.LicenseCredits
  ) throws(CredentialError) -> CredentialFacts.LicenseFacts {
    guard let board = boardUnits.first(where: { $0.id == entry.license.board }) else {
      throw CredentialError(
        .cannotIssue,
        "there is no board file for \(entry.license.board), which license \(entry.license) names; add "
          + "Boards/\(entry.license.board).xml")
    }
    let largest = entry.credits.reduce(nil as Int?) { $1.isSample ? $0 : max($0 ?? $1.minutes, $1.minutes) } ?? 0
    return CredentialFacts.LicenseFacts(
      license: entry.license, boardName: board.name, minutesPerHour: board.unit.minutesPerHour,
      countedMinutes: board.unit.counted(largest), credits: entry.credits)
  }

  /// The certificate carries the checkpoint and is signed with the same key: refuse one another key signed.
  static func checkCheckpoint(_ token: String, key: SigningKey) throws(CredentialError) {
    do {
      _ = try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK]), expectedType: Checkpoint.tokenType)
    } catch {
      throw CredentialError(
        .cannotIssue,
        "the completion's checkpoint is not signed by the current key \(key.keyID) (\(error.message)); its "
          + "certificate must be issued with the key that signed it")
    }
  }
}
