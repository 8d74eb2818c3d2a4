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
}
