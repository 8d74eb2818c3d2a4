import VigilBase

/// The one error type of VigilSigning: what went wrong with a key, a key set or a signature, in one line
/// that says what to do about it.
///
/// ``code`` lets callers branch (a verifier reports ``Code/badSignature`` and ``Code/unknownKey`` as a
/// failed verification, not as a usage error); ``message`` is the line to show the user.
public struct SigningError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable {
    /// A compact JWS is not three base64url parts with a JSON object header, or is too large.
    case malformedToken = "malformed-token"
    /// The token's `alg` is not ES256 (`none`, HS256 and every other algorithm are refused).
    case unsupportedAlgorithm = "unsupported-algorithm"
    /// The token's `kid` names no key in the set it is verified against.
    case unknownKey = "unknown-key"
    /// The signature does not verify: the token was changed, or another key signed it.
    case badSignature = "bad-signature"
    /// The token's `typ` is not the one the caller expects (a certificate given where a checkpoint is due).
    case wrongType = "wrong-type"
    /// A JWK or JWK Set is not valid JSON, not a P-256 key, or its `kid` is not its thumbprint.
    case malformedKeySet = "malformed-key-set"
    /// A checkpoint's payload or value is malformed.
    case malformedCheckpoint = "malformed-checkpoint"
    /// The home folder holds no signing key yet.
    case noKey = "no-key"
    /// A signing key exists and the operation would replace it without being asked to.
    case keyExists = "key-exists"
    /// A key file or folder is a symbolic link, not a regular file, or readable by other users.
    case unsafeKeyFile = "unsafe-key-file"
    /// The key file exists but cannot be read as Vigil's key file (damaged or edited).
    case damagedKeyFile = "damaged-key-file"
    /// A file or folder cannot be read, created or written (permissions, a full disk).
    case storage
    /// A cryptographic operation failed where it should not (an exhausted random source).
    case crypto
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
}
