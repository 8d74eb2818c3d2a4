import VigilBase

/// The one error type of VigilCredentials: what went wrong with a certificate number, issuing a
/// certificate, or verifying one, in one line that says what to do about it.
///
/// ``code`` lets callers branch: ``isVerificationFailure`` tells a certificate that does not verify
/// (the work found a problem: `vigil certificate verify` exits 1) from a usage or environment error.
public struct CredentialError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// A certificate number that is not one: wrong length, a character outside the alphabet, or a
    /// check character that does not match (a character was mistyped).
    case malformedNumber = "malformed-number"
    /// The token is not a compact JWS whose payload is a JSON object.
    case malformedToken = "malformed-token"
    /// The token's algorithm is not ES256 (`none`, HS256…).
    case unsupportedAlgorithm = "unsupported-algorithm"
    /// The token is signed by a key the JWK Set does not hold.
    case unknownKey = "unknown-key"
    /// The signature does not verify: the token was changed after it was signed.
    case badSignature = "bad-signature"
    /// The claims do not agree with each other (issuer, subject, dates, credits, the checkpoint).
    case inconsistentClaims = "inconsistent-claims"
    /// The ledger that issued the certificate does not hold it, or holds another token under its id.
    case notInLedger = "not-in-ledger"
    /// The certificate was revoked: the home's ledger or the provider's status list says so.
    case revoked
    /// The certificate was superseded: re-issued under a newer number after a correction (the home's
    /// ledger or the provider's status list says so, and names the newer number).
    case superseded
    /// A status list that is not one: not a signed BitstringStatusListCredential for revocation, another
    /// list than the certificate names, or an encodedList that does not decode.
    case malformedStatusList = "malformed-status-list"
    /// The key set given to verify with is not a public JWK Set (what `vigil keys export` writes).
    case malformedKeySet = "malformed-key-set"
    /// No JWK Set to verify with: neither `--key` nor a key in the home.
    case noKeys = "no-keys"
    /// No certificate has the number asked for.
    case notFound = "not-found"
    /// A certificate cannot be issued (a ledger id that is not a UUID, a checkpoint another key signed).
    case cannotIssue = "cannot-issue"
    /// A certificate file or its folder cannot be written or read.
    case storage
  }

  /// The kind of failure.
  public var code: Code
  /// What went wrong and what to do about it, in one line.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The code's stable name, e.g. `bad-signature`.
  public var codeName: String { code.rawValue }

  /// Whether the error is a certificate that does not verify (exit 1), not a usage error (exit 2).
  public var isVerificationFailure: Bool {
    switch code {
    case .malformedToken, .unsupportedAlgorithm, .unknownKey, .badSignature, .inconsistentClaims, .notInLedger,
      .revoked, .superseded, .malformedStatusList, .malformedKeySet:
      true
    case .malformedNumber, .noKeys, .notFound, .cannotIssue, .storage: false
    }
  }
}
