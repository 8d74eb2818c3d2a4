/// A completion's printable certificate being drawn on a second thread from its credentials' tokens,
/// so that the drawing overlaps other work: started as soon as the credentials are signed, it is drawn
/// while the ledger commits them.
///
/// Each token's claims are read as stored (``CredentialClaims/init(storedToken:)``, not verified: the
/// tokens are the ones just signed), then drawn together as ``CertificatePDF`` draws them.
public final class PendingPrintable: Sendable {
  /// What the drawing made.
  public struct Drawn: Sendable {
    /// Each token's claims, in order; nil for a token whose claims do not read.
    public var claims: [CredentialClaims?]
    /// The PDF's bytes, or why it could not be drawn.
    public var pdf: Result<[UInt8], CredentialError>
  }

  /// The tokens being drawn, in order.
  public let tokens: [String]
  private let work: BackgroundWork<Drawn>

  /// Starts drawing the printable certificate of `tokens` (one completion's credentials).
  public init(tokens: [String]) {
    self.tokens = tokens
    work = BackgroundWork {
      let claims = tokens.map { try? CredentialClaims(storedToken: $0) }
      let pdf = Result { () throws(CredentialError) in try CertificatePDF(claims.compactMap { $0 }).render() }
      return Drawn(claims: claims, pdf: pdf)
    }
  }

  /// Waits for the drawing (at once when it is done) and returns it.
  public func wait() -> Drawn {
    work.wait()
  }
}
