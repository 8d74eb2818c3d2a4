/// What became of a completion's files (``CertificateFolder/writeCompletion(_:number:drawing:)``):
/// the paths of its `.jwt` files and of its printable certificate, or why each could not be written.
/// The certificate is in the ledger whatever happens to its files.
public struct CompletionFiles: Sendable {
  /// The `.jwt` files' paths, in the certificates' order.
  public var tokens: Result<[String], CredentialError>
  /// The printable certificate's path.
  public var pdf: Result<String, CredentialError>

  /// Creates the outcome of writing a completion's files.
  public init(tokens: Result<[String], CredentialError>, pdf: Result<String, CredentialError>) {
    self.tokens = tokens
    self.pdf = pdf
  }
}
