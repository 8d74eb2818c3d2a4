import Crypto
import VigilBase
import VigilCourse
import VigilCredentials
import VigilGrading
import VigilLedger
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// A certificate, its re-issue and their status lists, signed with a fixed key (the private scalar is
/// the bytes 1…32, as in the credential tests), for the certificate readers' fuzz targets: the key set
/// they verify with, and the seeds (`VIGIL_FUZZ_SEEDS=FOLDER` writes them there: a token, its payload, a
/// re-issued token and payload, and the lists).
///
/// ES256 signatures are randomised, so the seeds' bytes differ from one writing to the next; each still
/// verifies with the fixed key.
public struct CertificateSample: Sendable {
  /// The fixed key.
  public let key: SigningKey
  /// Its public key set.
  public let keys: JWKSet
  /// The first edition's token and the re-issued one's.
  public let token: String
  public let reissuedToken: String
  /// The first edition's status list (its bit set: it was superseded), and the re-issue's.
  public let list: StatusList
  public let reissuedList: StatusList
  /// A time after the sample's completion, for verifying.
  public let now: Int64 = 1_900_000_000

  /// Makes the sample.
  public init() throws {
    key = SigningKey(privateKey: try P256.Signing.PrivateKey(rawRepresentation: Array(UInt8(1)...32)))
    keys = JWKSet(keys: [key.publicJWK])
    let ledgerID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
    let license = try LicenseKey(board: "tx-bon", type: "RN", number: "123456")
    let credit = RecordedCredit(
      id: 1, license: license, approver: "ANCC", approvalNumber: "ANCC-2026-0042", minutes: 60, topics: ["general"])
    let snapshot = CompletionSnapshot(
      learnerName: "José Núñez", courseID: "sample", courseVersion: "1.0.0", courseTitle: "Sample Course",
      providerName: "Example CE", providerWeb: "https://ce.example.org",
      approvals: [
        .init(
          approver: "ANCC", number: "ANCC-2026-0042", statement: "Approved by \"ANCC\".", hundredthsOfHour: 100,
          minutesPerHour: 60, isExample: false)
      ])
    var subject = CertificateSubject(
      ledgerID: ledgerID, completionID: 12, completionNumber: "\(ledgerID)/12", learnerID: 1,
      completedAt: Timestamp(secondsSinceEpoch: 1_801_445_400),
      completedOn: CalendarDate(year: 2027, month: 1, day: 31),
      percentBasisPoints: 9250, snapshot: snapshot,
      checkpoint: try key.sign(
        Checkpoint(sequence: 9, link: String(repeating: "ab", count: 32), signedAt: 1_801_445_400)),
      licenses: [.init(license: license, credits: [credit])])
    let provider = Provider(
      name: "Example CE", address: "100 Main Street, Austin, TX 78701", web: "https://ce.example.org",
      numbers: [ProviderNumber(authority: "CE-BROKER", value: "50-12345")])
    func facts(_ subject: CertificateSubject) throws -> CredentialFacts {
      CredentialFacts(
        subject: subject,
        number: try CertificateNumber.derive(ledgerID: ledgerID, completionID: 12, edition: subject.edition),
        provider: provider, summary: "A sample.", language: "en-US", passBasisPoints: 8000,
        license: .init(
          license: license, boardName: "Texas Board of Nursing", minutesPerHour: 60, countedMinutes: 60,
          credits: [credit]))
    }
    let first = try OpenBadgeCredential(facts(subject))
    token = try key.sign(payload: try first.claims(), type: OpenBadgeCredential.tokenType)
    subject.snapshot.learnerName = "José Núñez Pérez"
    subject.edition = 2
    subject.supersedes = first.facts.number.description
    let second = try OpenBadgeCredential(facts(subject))
    reissuedToken = try key.sign(payload: try second.claims(), type: OpenBadgeCredential.tokenType)
    guard let firstStatus = first.status, let secondStatus = second.status else {
      fatalError("the sample provider has a web address, so its certificates carry a status")
    }
    var bits = RevocationBitstring()
    bits.set(firstStatus.index)
    list = StatusList(
      url: firstStatus.listURL, issuerID: first.issuerID, validFrom: 1_801_500_000, bits: bits,
      successors: [firstStatus.index: second.facts.number.description])
    reissuedList = StatusList(
      url: secondStatus.listURL, issuerID: second.issuerID, validFrom: 1_801_500_000, bits: RevocationBitstring())
  }

  /// Writes the seeds when `VIGIL_FUZZ_SEEDS` names a folder; returns whether it did.
  public func writeSeedsIfAsked(target: String) throws -> Bool {
    guard let folder = getenv("VIGIL_FUZZ_SEEDS").map({ String(cString: $0) }) else { return false }
    let seeds: [(String, [UInt8])]
    switch target {
    case "status-list":
      seeds = [
        ("superseded-list.json", try list.claims()), ("standing-list.json", try reissuedList.claims()),
        ("list-token.jwt", Array(try list.signed(with: key).utf8)),
      ]
    default:
      seeds = [
        ("certificate.jwt", Array(token.utf8)), ("reissued.jwt", Array(reissuedToken.utf8)),
        ("certificate.json", try CertificateSample.payload(token)),
        ("reissued.json", try CertificateSample.payload(reissuedToken)),
      ]
    }
    for (name, bytes) in seeds {
      guard let file = fopen(folder + "/" + name, "wb") else { throw SampleError("cannot write \(folder)/\(name)") }
      _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
      fclose(file)
    }
    return true
  }

  /// A token's payload.
  public static func payload(_ token: String) throws -> [UInt8] {
    let parts = token.split(separator: ".")
    guard parts.count == 3, let payload = Base64URL.decode(parts[1]) else { throw SampleError("not a compact JWS") }
    return payload
  }

  struct SampleError: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }
}
