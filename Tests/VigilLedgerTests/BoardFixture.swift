import Foundation
import Crypto
import VigilBase
import VigilBoards
import VigilLedger
import VigilSigning

/// Values for a board's ledger: provider keys, completion records and the heads of a provider's chain.
enum BoardFixture {
  /// A fresh public key set of one P-256 key.
  static func keys() -> JWKSet {
    JWKSet(keys: [JWK(publicKey: P256.Signing.PrivateKey().publicKey)])
  }

  /// Lowercase hex SHA-256 of a label: a record hash or an event hash for the tests.
  static func hash(_ label: String) -> String {
    SHA256.hash(data: Array(label.utf8)).map { byte in
      let digits = String(byte, radix: 16)
      return byte < 16 ? "0" + digits : digits
    }.joined()
  }

  /// The event hashes of a provider's chain, `SHA-256("event-1")` … `SHA-256("event-4")`, and the links
  /// that chain them from 32 zero bytes, both computed with Python's hashlib (not Vigil).
  static let eventHashes = [
    "ce36863f51b6baf9d16397ffb3e9af506b284a816f72d487e55943c1fd974d6d",
    "b4e3d14e7519279e6a352f776d75a905a9de9a27efdb6d802fe4e700224ade2e",
    "1441ba5507f9658d9bea29b0d9567e6900468e0153fa990194e0f0f94699694b",
    "7867155e59d4840ba0ddc4e8a2105ef5c2da06643a2a0c51891cd41ae063eb97",
  ]
  static let links = [
    "ed3e31ddfc05890b8f86977c4ff8755d7d8bdfa4faecb0aa3f80d1a1187b33d6",
    "3b16f656743815890ea80e7d4bb73cf6564d70b74acbb1cc653e64647f9e1e72",
    "8eac5e631dd4bbab5d6b0b425b9a9179859f12fd6e2c30ebb9d561efc08f837c",
    "bf8a5b0deef5988b86a1ab8545a007c83104698e4bc03bf3ed779d81d6a87e4b",
  ]

  /// The provider chain's head after event `sequence` (1 to 4).
  static func head(_ sequence: Int64) -> ChainHead {
    ChainHead(sequence: sequence, link: links[Int(sequence) - 1])
  }

  /// A completion record of learner "Ana Example (`label`)", with the hash of its fields.
  static func record(
    _ label: String, number: String = "100001", type: String = "RN", certificate: String = "7K3Q-M2XD-4HJH-0001",
    approver: String = "ANCC", minutes: Int = 60, on day: String = "2026-03-02", kind: BoardRecord.Kind = .completion,
    replaces: String? = nil, reason: String? = nil, topics: [String] = ["human-trafficking"]
  ) -> BoardRecord {
    BoardRecord(
      approvalMinutes: minutes, approvalNumber: "A-\(approver)-1", approver: approver,
      awardedHundredths: Int64(minutes * 100 / 60), board: "tx-bon", certificate: certificate,
      completedOn: LedgerFixture.date(day), courseID: "human-trafficking-healthcare",
      courseTitle: "Human Trafficking in Health Care", courseVersion: "1.0", kind: kind,
      learnerName: "Ana Example (\(label))", licenseNumber: number, licenseType: type, reason: reason, replaces: replaces,
      topics: topics, hash: ""
    ).rehashed
  }

  /// A batch from `provider`, signed unless `verified` is false, with the digest of `file`.
  static func batch(
    _ provider: String = "acme-ce", file: String = "batch-1", head: BatchHead? = nil, verified: Bool = true
  ) -> IncomingBatch {
    IncomingBatch(provider: provider, digest: hash(file), format: "xml", isVerified: verified, head: head)
  }

  /// A roster entry of the Texas Board of Nursing.
  static func rostered(_ number: String, type: String = "RN", name: String = "Ana Example") -> RosterLicense {
    RosterLicense(
      profile: LicenseProfile(
        boardID: "tx-bon", licenseType: type, number: number, expires: LedgerFixture.date("2027-01-31"),
        attributes: ["direct-patient-care"]),
      holderName: name)
  }
}

extension BoardRecord {
  /// The record with the hash of its fields, after a test changed one.
  var rehashed: BoardRecord {
    var record = self
    record.hash = computedHash ?? ""
    return record
  }
}

extension LedgerFixture {
  /// How many events the chain holds.
  func eventCount() throws -> Int {
    Int(try sqlite("SELECT count(*) FROM events").trimmingCharacters(in: .newlines)) ?? -1
  }
}
