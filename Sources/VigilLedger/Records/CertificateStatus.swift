/// Where a certificate number stands in the ledger that issued it.
///
/// A number is revoked or superseded at most once and never both: a revoked certificate is not
/// re-issued, and a superseded one is not revoked (its successor is).
public enum CertificateStatus: Sendable, Hashable {
  /// It stands: neither revoked nor superseded.
  case active
  /// The provider revoked it (`certificate.revoked/1`): why, and when (seconds since 1970, UTC).
  case revoked(reason: String, at: Int64)
  /// It was re-issued under the number `by` after a correction (`certificate.superseded/1`), at `at`
  /// (seconds since 1970, UTC).
  case superseded(by: String, at: Int64)
}
