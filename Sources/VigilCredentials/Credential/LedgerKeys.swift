import Foundation
import VigilBase
import VigilSigning

/// What a ledger's id derives for the certificates it issues, worked out once: the issuer id, the
/// namespace of the credentials' name-based ids, and the keyed permutations of certificate numbers and
/// status-list indexes. Each certificate derives from these with its completion's id alone. A
/// reference, so handing the keys to each credential costs one retain.
final class LedgerKeys: Sendable {
  /// The ledger's id, as the completion names it.
  let ledgerID: String
  /// `issuer.id` and `iss`: `urn:uuid:` and the ledger's id in lower case.
  let issuerID: String
  /// The namespace of the credentials' ids.
  let namespace: NameBasedUUID
  /// Completion ids to certificate numbers (see ``CertificateNumber/derive(ledgerID:completionID:edition:)``).
  let numbers: NumberPermutation
  /// A list's positions to status-list indexes (see ``StatusListEntry/index(ledgerID:position:)``).
  let statusIndexes: NumberPermutation

  /// The keys of the ledger with id `ledgerID`, or nil when it is not a UUID.
  init?(ledgerID: String) {
    guard let namespace = NameBasedUUID(namespace: ledgerID) else { return nil }
    self.ledgerID = ledgerID
    issuerID = "urn:uuid:" + ledgerID.lowercased()
    self.namespace = namespace
    numbers = NumberPermutation(ledgerID: ledgerID)
    statusIndexes = StatusListEntry.permutation(ledgerID: ledgerID)
  }

  /// The keys of the ledger with id `ledgerID` (``init(ledgerID:)``).
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` when the id is not a UUID.
  static func of(ledgerID: String) throws(CredentialError) -> LedgerKeys {
    guard let keys = LedgerKeys(ledgerID: ledgerID) else {
      throw CredentialError(.cannotIssue, "the ledger's id \(Echo.quoted(ledgerID)) is not a UUID")
    }
    return keys
  }

  /// Keeps the keys of the last ledger an issuer issued for: one issuer issues a home's completions,
  /// all of one ledger.
  final class Memory: @unchecked Sendable {
    private let lock = NSLock()
    private var last: LedgerKeys?

    /// The keys of the ledger with id `ledgerID`, derived again only for another ledger.
    func keys(ledgerID: String) throws(CredentialError) -> LedgerKeys {
      if let keys = lock.withLock({ last }), keys.ledgerID == ledgerID { return keys }
      let keys = try LedgerKeys.of(ledgerID: ledgerID)
      lock.withLock { last = keys }
      return keys
    }
  }
}
