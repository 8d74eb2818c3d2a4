import VigilBoards

/// One license on a board's own roster: the profile compliance is evaluated on (expiry, issue date,
/// practice attributes) and the holder's name as the board's records show it. The roster is the
/// board's, so it is authoritative for these; a completion record never changes them.
public struct RosterLicense: Sendable, Hashable {
  /// The license's board, type, number, expiry, issue date and practice attributes.
  public var profile: LicenseProfile
  /// The license holder's name.
  public var holderName: String

  /// Creates a roster entry.
  public init(profile: LicenseProfile, holderName: String) {
    self.profile = profile
    self.holderName = holderName
  }
}

/// What one entry of a roster import did to the roster.
public enum RosterChange: Sendable, Hashable {
  /// The license was not on the roster and now is.
  case added
  /// The license was on the roster with another profile or name; its row changed.
  case updated
  /// The license was on the roster exactly so; nothing was written.
  case unchanged
}

/// How many licenses a roster import added, updated and left as they were.
public struct RosterImportSummary: Sendable, Hashable {
  /// Licenses new to the roster.
  public var added: Int
  /// Licenses whose profile or holder name changed.
  public var updated: Int
  /// Licenses already on the roster exactly so.
  public var unchanged: Int

  /// Creates a summary.
  public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
    self.added = added
    self.updated = updated
    self.unchanged = unchanged
  }
}
