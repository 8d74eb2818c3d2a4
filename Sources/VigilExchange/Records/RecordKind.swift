/// What a completion record says: a completion that earned credit, or the revocation of one.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
  /// A completed course and the credit it earned a license.
  case completion
  /// The credit of an earlier record no longer stands (its certificate was revoked); `replaces` names it.
  case revocation
}
