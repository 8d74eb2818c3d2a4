import VigilBoards

/// A license as the ledger stores it: who holds it, its key, and the profile board rules read.
public struct License: Sendable, Hashable {
  /// The ledger's id for the license.
  public var id: Int64
  /// The learner who holds it.
  public var learnerID: Int64
  /// `BOARD:TYPE:NUMBER`.
  public var key: LicenseKey
  /// Board, type, number, expiry, issue date and practice attributes.
  public var profile: LicenseProfile

  /// Creates a license value.
  public init(id: Int64, learnerID: Int64, key: LicenseKey, profile: LicenseProfile) {
    self.id = id
    self.learnerID = learnerID
    self.key = key
    self.profile = profile
  }

  /// The key of a license the ledger can store, or the reason it cannot: the key's parts (a board id
  /// and type of letters and digits joined by single hyphens, a number as boards print them), its
  /// practice attributes (lower-case ids), and an issue date no later than the expiry. What adding or
  /// importing a license checks, for a caller that asks for one before anything is stored.
  ///
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/invalidValue``, naming the part.
  public static func checkedKey(of profile: LicenseProfile) throws(LedgerError) -> LicenseKey {
    let key = try LicenseKey(board: profile.boardID, type: profile.licenseType, number: profile.number)
    _ = try Check.ids(profile.attributes, "attribute")
    if let issued = profile.issued, issued > profile.expires {
      throw LedgerError.invalid("license \(key) is issued on \(issued), after it expires on \(profile.expires)")
    }
    return key
  }
}
