import Testing
import VigilBase
import VigilLedger
import VigilSigning

@testable import VigilExchange

/// The statements of a completion record, against values written by hand: ids are Python's
/// `uuid.uuid5(uuid.UUID("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"), name)` of the names the README
/// documents, and every statement passes the strict validator.
struct XAPIStatementsTests {
  static let ledgerID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"

  static func header(web: String? = "https://provider.example/ce/") -> BatchHeader {
    BatchHeader(
      providerName: "Example CE", providerWeb: web, ledgerID: ledgerID, keyID: "key", board: "tx-bon", from: nil,
      through: nil, generatedAt: 0, head: ChainHead(sequence: 1, link: String(repeating: "0", count: 64)),
      checkpoint: "", since: nil)
  }

  /// The record of CompletionRecordTests, its credit through a quiz passed with 85.5 % in 12 min 30 s.
  static let record = CompletionRecordTests.record
  static let hash = "dda49b723b2afb07f021312cce8abc80cbd933e9d6cd6741bac5f4939aec43e1"
  static func credit(percent: Int? = 8550, seconds: Int64? = 750, revoked: Bool = false) throws -> ExportedCredit {
    ExportedCredit(
      completionID: 1, completionSequence: 9, certificateNumber: record.certificate, learnerName: record.learnerName,
      license: try LicenseKey(board: "tx-bon", type: "RN", number: "123456"), courseID: record.courseID,
      courseVersion: record.courseVersion, courseTitle: record.courseTitle, approver: record.approver,
      approvalNumber: record.approvalNumber, minutes: 60, completedOn: record.completedOn, topics: record.topics,
      revocation: revoked ? Revocation(number: record.certificate, completionID: 1, reason: "wrong learner", revokedAt: 1_795_086_400) : nil,
      completedAt: 1_795_000_000, percentBasisPoints: percent, attemptSeconds: seconds)
  }

  static func statements(_ record: CompletionRecord, hash: String, credit: ExportedCredit) throws -> [String] {
    try XAPIStatements(provider: XAPIProvider(header: header())).statements(for: record, hash: hash, credit: credit)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  static let context = #"{"contextActivities":{"parent":[{"definition":{"name":{"und":"Sample, \"minimal\""},"type":"http://adlnet.gov/expapi/activities/course"},"id":"https://provider.example/ce/xapi/courses/sample-minimal","objectType":"Activity"}]},"extensions":{"urn:vigil:xapi:approval":{"approver":"ANCC","minutes":60,"number":"ANCC-2026-0042"},"urn:vigil:xapi:certificate":"VC-ABCD-EFGH-JKMN","urn:vigil:xapi:contact-hours":1,"urn:vigil:xapi:license":{"board":"tx-bon","number":"123456","type":"RN"},"urn:vigil:xapi:record":"dda49b723b2afb07f021312cce8abc80cbd933e9d6cd6741bac5f4939aec43e1"},"registration":"86dfe928-4a09-5038-8e9e-2e24fe0b001a","revision":"1.0.0"}"#
  static let actor = #"{"account":{"homePage":"https://provider.example/ce","name":"tx-bon:RN:123456"},"name":"José Núñez","objectType":"Agent"}"#
  static let object = #"{"definition":{"name":{"und":"Sample, \"minimal\""},"type":"http://adlnet.gov/expapi/activities/course"},"id":"https://provider.example/ce/xapi/courses/sample-minimal/1.0.0","objectType":"Activity"}"#

  @Test func aCompletionThroughAQuizIsCompletedAndPassed() throws {
    let statements = try Self.statements(Self.record, hash: Self.hash, credit: try Self.credit())
    #expect(statements.count == 2)
    #expect(
      statements.first
        == #"{"actor":\#(Self.actor),"context":\#(Self.context),"id":"2bc6af30-0c6c-55fd-94d0-97b460bf858a","object":\#(Self.object),"result":{"completion":true,"duration":"PT12M30S"},"timestamp":"2026-11-18T11:06:40Z","verb":{"display":{"en-US":"completed"},"id":"http://adlnet.gov/expapi/verbs/completed"}}"#)
    #expect(
      statements.last
        == #"{"actor":\#(Self.actor),"context":\#(Self.context),"id":"aec36c10-7523-5dce-a907-cefb84e3db2d","object":\#(Self.object),"result":{"duration":"PT12M30S","score":{"max":100,"min":0,"raw":85.5,"scaled":0.855},"success":true},"timestamp":"2026-11-18T11:06:40Z","verb":{"display":{"en-US":"passed"},"id":"http://adlnet.gov/expapi/verbs/passed"}}"#)
    let lines = Array(statements.joined(separator: "\n").utf8)
    #expect(XAPIStatementValidator().violations(ofLines: lines).isEmpty, "\(XAPIStatementValidator().violations(ofLines: lines))")
  }

  @Test func aRevocationVoidsEachStatementOfTheRecordItRevokes() throws {
    let revoked = try Self.record.revoked(reason: "wrong learner")
    let statements = try Self.statements(revoked, hash: try revoked.hash, credit: try Self.credit(revoked: true))
    #expect(statements.count == 2)
    #expect(
      statements.first
        == #"{"actor":{"account":{"homePage":"https://provider.example/ce","name":"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"},"name":"Example CE","objectType":"Agent"},"context":{"extensions":{"urn:vigil:xapi:reason":"wrong learner","urn:vigil:xapi:record":"\#(try revoked.hash)","urn:vigil:xapi:replaces":"\#(Self.hash)"},"registration":"86dfe928-4a09-5038-8e9e-2e24fe0b001a"},"id":"a3f1ed01-c142-5ae0-8089-bfdd6dff1445","object":{"id":"2bc6af30-0c6c-55fd-94d0-97b460bf858a","objectType":"StatementRef"},"timestamp":"2026-11-19T11:06:40Z","verb":{"display":{"en-US":"voided"},"id":"http://adlnet.gov/expapi/verbs/voided"}}"#)
    #expect(statements.last?.contains(#""id":"f02bf4f3-b6ee-5e8f-94d2-833c766724ee","object":{"id":"aec36c10-7523-5dce-a907-cefb84e3db2d""#) == true)
    let all = try Self.statements(Self.record, hash: Self.hash, credit: try Self.credit()) + statements
    let lines = Array(all.joined(separator: "\n").utf8)
    #expect(XAPIStatementValidator().violations(ofLines: lines).isEmpty, "\(XAPIStatementValidator().violations(ofLines: lines))")
  }

  /// A corrected certificate (edition 2, another number and name) voids each statement of the edition it
  /// supersedes, by the same ids a revocation of that edition would use (uuid5 as above), before its own.
  @Test func aCorrectedCertificateVoidsTheStatementsOfTheEditionItSupersedes() throws {
    var corrected = Self.record
    corrected.certificate = "VC-WXYZ-EFGH-JKMN"
    corrected.learnerName = "José Núñez Ortega"
    corrected.replaces = Self.hash
    let voids = try XAPIStatements(provider: XAPIProvider(header: Self.header()))
      .supersession(of: Self.record, by: corrected, hash: try corrected.hash, credit: try Self.credit())
      .map { String(decoding: $0, as: UTF8.self) }
    #expect(voids.count == 2)
    #expect(
      voids.first
        == #"{"actor":{"account":{"homePage":"https://provider.example/ce","name":"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"},"name":"Example CE","objectType":"Agent"},"context":{"extensions":{"urn:vigil:xapi:reason":"superseded by certificate VC-WXYZ-EFGH-JKMN","urn:vigil:xapi:record":"\#(try corrected.hash)","urn:vigil:xapi:replaces":"\#(Self.hash)"},"registration":"86dfe928-4a09-5038-8e9e-2e24fe0b001a"},"id":"a3f1ed01-c142-5ae0-8089-bfdd6dff1445","object":{"id":"2bc6af30-0c6c-55fd-94d0-97b460bf858a","objectType":"StatementRef"},"verb":{"display":{"en-US":"voided"},"id":"http://adlnet.gov/expapi/verbs/voided"}}"#)
    #expect(voids.last?.contains(#""id":"f02bf4f3-b6ee-5e8f-94d2-833c766724ee","object":{"id":"aec36c10-7523-5dce-a907-cefb84e3db2d""#) == true)
    let first = try Self.statements(Self.record, hash: Self.hash, credit: try Self.credit())
    let second = try Self.statements(corrected, hash: try corrected.hash, credit: try Self.credit())
    #expect(!second.contains { $0.contains("2bc6af30-0c6c-55fd-94d0-97b460bf858a") })
    let lines = Array((first + voids + second).joined(separator: "\n").utf8)
    #expect(XAPIStatementValidator().violations(ofLines: lines).isEmpty, "\(XAPIStatementValidator().violations(ofLines: lines))")
  }

  @Test func aCompletionWithoutAnAttemptIsOnlyCompletedWithoutDuration() throws {
    let statements = try Self.statements(Self.record, hash: Self.hash, credit: try Self.credit(percent: nil, seconds: nil))
    #expect(statements.count == 1)
    #expect(statements[0].contains(#""result":{"completion":true},"#))
    #expect(XAPIStatementValidator().violations(ofStatement: Array(statements[0].utf8)).isEmpty)
  }

  @Test func theSameRecordGivesTheSameStatements() throws {
    #expect(
      try Self.statements(Self.record, hash: Self.hash, credit: try Self.credit())
        == (try Self.statements(Self.record, hash: Self.hash, credit: try Self.credit())))
  }

  @Test(arguments: [nil, "vigil.example/ce", "ftp://vigil.example", "https://"] as [String?])
  func aProviderWithoutAWebAddressIsRefused(web: String?) {
    #expect(throws: ExchangeError.self) { try XAPIProvider(header: Self.header(web: web)) }
  }

  @Test(arguments: [
    (0, "PT0S"), (59, "PT59S"), (60, "PT1M"), (750, "PT12M30S"), (3600, "PT1H"), (3661, "PT1H1M1S"), (-5, "PT0S"),
    (90_000, "PT25H"),
  ] as [(Int64, String)])
  func durationsAreISO8601(seconds: Int64, text: String) {
    #expect(XAPIDuration.format(seconds: seconds) == text)
    #expect(XAPISyntax.isDuration(text))
  }

  @Test(arguments: [(8550, "0.855"), (10_000, "1"), (0, "0"), (5, "0.0005"), (8000, "0.8"), (9999, "0.9999")])
  func scaledScoresAreExactDecimals(basisPoints: Int, text: String) {
    #expect(XAPIStatements.tenThousandths(basisPoints) == text)
  }

  @Test func pathSegmentsArePercentEncoded() {
    #expect(XAPIProvider.segment("a b/c~d") == "a%20b%2Fc~d")
    #expect(XAPIProvider.segment("é") == "%C3%A9")
  }
}
