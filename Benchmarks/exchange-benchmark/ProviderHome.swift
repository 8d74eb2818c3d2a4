import BenchmarkSupport
import GRDB
import VigilBase
import VigilBoards
import VigilLedger
import VigilSigning

/// The provider's home the benchmark exports from: `records` Texas RNs, each with one completion that
/// earned one credit (ANCC, 60 minutes) under a certificate, and the provider's signing key.
///
/// Learners, licenses, completions and credits go in through the ledger's bulk API (checked and
/// chained). The certificate rows are written straight into their table: export reads only their
/// numbers, and issuing (a signature and a PDF each) is certificate-benchmark's subject.
enum ProviderHome {
  static let names = ["José Núñez", "Łukasz Wróbel", "王芳", "أحمد الفارس", "Ana O'Brien", "=SUM(1+1)", "Grace Okafor"]

  static func make(at home: String, records: Int) throws {
    _ = try SigningKeyStore(homePath: home).create(rotating: false)
    let ledger = try Ledger(path: home + "/ledger.sqlite", clock: { 1_801_500_000 })
    let start = CalendarDate(year: 2026, month: 1, day: 1).daysSinceEpoch
    try ledger.bulkLoad { loader throws(LedgerError) in
      for index in 0..<records {
        let learner = try loader.addLearner(name: names[index % names.count] + " \(index)")
        let profile = LicenseProfile(
          boardID: "tx-bon", licenseType: "RN", number: "RN\(100_000 + index)",
          expires: CalendarDate(year: 2027, month: 1, day: 31))
        let license = try loader.addLicense(profile, learnerID: learner)
        let day = CalendarDate(daysSinceEpoch: start + index % 330)
        _ = try loader.addCompletion(
          NewCompletion(
            learnerID: learner, courseID: "human-trafficking-healthcare", courseVersion: "2.0.0",
            courseTitle: "Human Trafficking: Recognize, Respond, Refer", completedOn: day, percent: 90,
            providerName: "Vigil Continuing Education", providerWeb: "https://vigil.example/ce"),
          credits: [
            (
              licenseID: license,
              credit: EarnedCredit(
                courseID: "human-trafficking-healthcare", courseVersion: "2.0.0",
                courseTitle: "Human Trafficking: Recognize, Respond, Refer", completedOn: day, approver: "ANCC",
                approvalNumber: "ANCC-2026-0042", minutes: 60, topics: ["human-trafficking"])
            )
          ])
      }
    }
    try ledger.close()
    let queue = try DatabaseQueue(path: home + "/ledger.sqlite")
    try queue.write { db in
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO certificates (id, number, completion_id, license_id, credential_id, file_name, token)
          SELECT c.id, ?, c.id, k.license_id, ?, ?, 'benchmark' FROM completions c JOIN credits k ON k.completion_id = c.id
          WHERE c.id = ?
          """)
      for index in 1...records {
        let number = certificateNumber(index)
        try insert.execute(arguments: [number, "urn:uuid:benchmark-\(index)", "\(number)-tx-bon-RN.jwt", index])
      }
    }
  }

  /// A number of the certificates' shape (`VC-XXXX-XXXX-XXXX`) for an index.
  static func certificateNumber(_ index: Int) -> String {
    let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    var digits: [Character] = []
    var value = index
    for _ in 0..<12 {
      digits.append(alphabet[value % 32])
      value /= 32
    }
    let text = String(digits.reversed())
    return "VC-" + text.prefix(4) + "-" + text.dropFirst(4).prefix(4) + "-" + text.suffix(4)
  }
}
