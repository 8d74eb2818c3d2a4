import VigilBoards
import VigilLedger

/// How one licensee on a board's roster stands in the renewal cycle asked for, from the records the
/// board imported for the license.
public struct LicenseeCompliance: Sendable {
  /// The roster entry: the license's profile and holder.
  public var license: RosterLicense
  /// The license's current completion records, oldest first.
  public var records: [StoredBoardRecord]
  /// The credit each record stands for, in the same order (the evaluator's credit indices are these).
  public var credits: [EarnedCredit]
  /// The evaluation, requirement by requirement.
  public var result: ComplianceResult

  /// Creates a licensee's standing.
  public init(license: RosterLicense, records: [StoredBoardRecord], credits: [EarnedCredit], result: ComplianceResult) {
    self.license = license
    self.records = records
    self.credits = credits
    self.result = result
  }

  /// The indices of the records the result counts: toward the total, a subtotal, a requirement, or
  /// through the cure period.
  public var countedIndices: [Int] {
    let referenced =
      result.total.countedCredits + result.subtotals.flatMap(\.countedCredits)
      + result.requirements.flatMap(\.satisfiedBy) + (result.cure?.credits ?? [])
    return Set(referenced).filter { records.indices.contains($0) }.sorted()
  }

  /// How many of the records the result counts were imported unsigned (`--unsigned`): unverified.
  public var unverifiedCount: Int {
    countedIndices.count { !records[$0].isVerified }
  }
}

/// The end of a compliance report: how many licensees on the roster are compliant.
public struct ComplianceSummary: Sendable, Hashable {
  /// Licensees on the roster who meet every requirement of their cycle.
  public var compliant: Int
  /// Licensees on the roster.
  public var licensees: Int
  /// Current completion records for licenses the roster does not hold.
  public var offRosterRecords: Int

  /// Creates a summary.
  public init(compliant: Int, licensees: Int, offRosterRecords: Int) {
    self.compliant = compliant
    self.licensees = licensees
    self.offRosterRecords = offRosterRecords
  }

  /// `N of M compliant`.
  public var text: String { "\(compliant) of \(licensees) compliant" }
}
