import VigilLedger

/// Loads the workload into a ledger through ``Ledger/bulkLoad(_:)``.
enum LedgerLoad {
  /// Loads every licensee and completion in one transaction and returns the license keys, in licensee order.
  static func load(_ workload: Workload, into ledger: Ledger) throws(LedgerError) -> [LicenseKey] {
    try ledger.bulkLoad { loader throws(LedgerError) in
      var learnerIDs: [Int64] = []
      var licenseIDs: [Int64] = []
      var keys: [LicenseKey] = []
      learnerIDs.reserveCapacity(workload.licensees.count)
      licenseIDs.reserveCapacity(workload.licensees.count)
      for index in workload.licensees.indices {
        let learnerID = try loader.addLearner(
          name: workload.names[index], email: workload.email(index), birthday: workload.birthday(index))
        let profile = workload.profile(index)
        learnerIDs.append(learnerID)
        licenseIDs.append(try loader.addLicense(profile, learnerID: learnerID))
        keys.append(try LicenseKey(board: profile.boardID, type: profile.licenseType, number: profile.number))
      }
      for spec in workload.completions {
        let licenseID = licenseIDs[spec.licensee]
        _ = try loader.addCompletion(
          workload.completion(spec, learnerID: learnerIDs[spec.licensee]),
          credits: workload.credits(spec).map { (licenseID: licenseID, credit: $0) })
      }
      return keys
    }
  }
}
