import GRDB
import VigilBoards

extension Ledger {
  /// Loads many records in one transaction, each checked and chained exactly as the single-record
  /// methods do, with cached statements: the way to import a board's or a provider's records.
  ///
  /// Nothing is stored unless `body` returns: if it throws (or the process dies), the ledger is as
  /// it was before.
  ///
  /// ```swift
  /// try ledger.bulkLoad { loader in
  ///   let learner = try loader.addLearner(name: "Ana Ruiz")
  ///   let license = try loader.addLicense(profile, learnerID: learner)
  ///   _ = try loader.addCompletion(completion, credits: [(license, credit)])
  /// }
  /// ```
  ///
  /// - Throws: The first ``LedgerError`` a record raises, or one from committing.
  public func bulkLoad<T>(_ body: (inout BulkLoader) throws(LedgerError) -> T) throws(LedgerError) -> T {
    let recordedAt = clock()
    let path = path
    return try write(bulk: true) { db in
      var loader = BulkLoader(writer: try RecordWriter(db, recordedAt: recordedAt), path: path)
      return try body(&loader)
    }
  }
}

/// Adds records inside ``Ledger/bulkLoad(_:)``; ids refer to records added earlier in the same load
/// or already in the ledger.
public struct BulkLoader {
  private var writer: RecordWriter
  private let path: String
  /// Licenses seen in this load, by id.
  private var licenses: [Int64: RecordWriter.LicenseReference] = [:]

  init(writer: RecordWriter, path: String) {
    self.writer = writer
    self.path = path
  }

  /// Adds a learner and returns its id.
  public mutating func addLearner(name: String, email: String? = nil, birthday: MonthDay? = nil) throws(LedgerError)
    -> Int64
  {
    try LedgerError.mapping(path: path) { try writer.addLearner(name: name, email: email, birthday: birthday).id }
  }

  /// Adds a license for a learner and returns its id.
  public mutating func addLicense(_ profile: LicenseProfile, learnerID: Int64) throws(LedgerError) -> Int64 {
    let row = try LedgerError.mapping(path: path) { try writer.addLicense(profile, learnerID: learnerID) }
    licenses[row.id] = RecordWriter.LicenseReference(
      id: row.id, learnerID: row.learnerID, key: try row.key)
    return row.id
  }

  /// Adds a completion with its credits (each for a license id) and returns the completion's id.
  public mutating func addCompletion(
    _ completion: NewCompletion, credits: [(licenseID: Int64, credit: EarnedCredit)]
  ) throws(LedgerError) -> Int64 {
    var resolved: [(license: RecordWriter.LicenseReference, credit: EarnedCredit)] = []
    resolved.reserveCapacity(credits.count)
    for (licenseID, credit) in credits {
      resolved.append((try license(licenseID), credit))
    }
    return try LedgerError.mapping(path: path) { try writer.addCompletion(completion, credits: resolved) }
  }

  /// The license with id `id`, from this load or the ledger.
  private mutating func license(_ id: Int64) throws(LedgerError) -> RecordWriter.LicenseReference {
    if let known = licenses[id] { return known }
    let row = try LedgerError.mapping(path: path) {
      try Row.fetchOne(
        writer.db, sql: "SELECT \(LicenseRow.columns) FROM licenses WHERE id = ?", arguments: [id]
      ).map(LicenseRow.init(row:))
    }
    guard let row else { throw .notFound("there is no license with id \(id) in the ledger") }
    let reference = RecordWriter.LicenseReference(id: row.id, learnerID: row.learnerID, key: try row.key)
    licenses[id] = reference
    return reference
  }
}
