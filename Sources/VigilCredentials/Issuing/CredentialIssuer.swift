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
  /// Signs the completions' checkpoints with ``key``, and knows the one it signed last.
  private let checkpoints: RememberingCheckpointSigner
  /// The keys of the ledger the issuer issued for last.
  private let ledgerKeys = LedgerKeys.Memory()

  /// An issuer for completions of `course`.
  public init(key: SigningKey, course: Course, passPercent: Double?, boards: [Board]) {
    self.key = key
    self.course = course
    self.passPercent = passPercent
    self.boards = boards
    checkpoints = RememberingCheckpointSigner(key: key)
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
    var names = CredentialFileNames()
    return try facts(for: subject, numbers: keys.numbers).map { facts throws -> NewCertificate in
      let credential = OpenBadgeCredential(facts, keys: keys)
      let token = try key.sign(payload: try credential.claims(), type: OpenBadgeCredential.tokenType)
      return NewCertificate(
        number: facts.number.description, license: facts.license?.license, credentialID: credential.id,
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
    let snapshot = subject.snapshot
    guard snapshot.courseID == course.id, snapshot.courseVersion == course.version else {
      throw CredentialError(
        .cannotIssue,
        "the completion is of \(snapshot.courseID) \(snapshot.courseVersion), not of \(course.id) \(course.version)")
    }
    let number = try CertificateNumber.derive(
      numbers: numbers, completionID: subject.completionID, edition: subject.edition)
    let licenses = try subject.licenses.map { entry throws(CredentialError) in try licenseFacts(entry) }
    return (licenses.isEmpty ? [nil] : licenses.map(Optional.some)).map { license in
      CredentialFacts(
        subject: subject, number: number, provider: course.provider, summary: course.summary,
        language: course.language, passBasisPoints: passPercent.map { Int64(($0 * 100).rounded()) }, license: license)
    }
  }

  /// A license's board and the minutes it counts: the largest credit that is not sample credit, rounded
  /// as the board rounds.
  private func licenseFacts(
    _ entry: CertificateSubject.LicenseCredits
  ) throws(CredentialError) -> CredentialFacts.LicenseFacts {
    guard let board = boards.first(where: { $0.id == entry.license.board }) else {
      throw CredentialError(
        .cannotIssue,
        "there is no board file for \(entry.license.board), which license \(entry.license) names; add "
          + "Boards/\(entry.license.board).xml")
    }
    let largest = entry.credits.filter { !$0.isSample }.map(\.minutes).max() ?? 0
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
