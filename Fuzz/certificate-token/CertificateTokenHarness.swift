import FuzzCertificates
import VigilCredentials
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the ways a certificate someone hands over is read: as a token's text (what
/// `vigil certificate show FILE.jwt` reads without verifying, and the compact JWS `verify` checks), as a
/// token's payload (the claims), and, signed with the sample's key, through the whole of `verify`:
/// signature, claims, checkpoint and the sample status lists.
///
/// Beyond "no trap, no hang", it checks what the readers promise: a token or claims refused are refused
/// as a certificate that does not verify (exit 1), in one line; claims that read hold a number that reads
/// back as itself, a status index within a list, credit only with a license, none for a sample; a
/// verified certificate's claims are the ones read from its payload.
struct CertificateTokenHarness {
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"
  let sample: CertificateSample

  init() throws {
    sample = try CertificateSample()
  }

  /// Runs one input.
  func run(_ input: UnsafeBufferPointer<UInt8>) {
    let bytes = Array(input)
    let verifier = CertificateVerifier(keys: sample.keys, ledger: nil, now: sample.now)
    if let text = String(validating: bytes, as: UTF8.self) {
      if let claims = read(
        "the bytes as a stored token",
        { () throws(CredentialError) in
          try CredentialClaims(storedToken: text)
        })
      {
        check(claims)
      }
      do {
        _ = try verifier.verify(text)
      } catch {
        refused(error, what: "the bytes as a token to verify")
      }
    }
    guard
      let claims = read("the bytes as claims", { () throws(CredentialError) in try CredentialClaims(payload: bytes) })
    else { return }
    check(claims)
    let token: String
    do {
      token = try sample.key.sign(payload: bytes, type: OpenBadgeCredential.tokenType)
    } catch {
      preconditionFailure("the sample key cannot sign: \(error.message)")
    }
    for list in [nil, sample.list, sample.reissuedList] as [StatusList?] {
      do {
        let verdict = try verifier.verify(token, statusList: list)
        precondition(verdict.claims == claims, "verify read other claims than the payload holds")
        if printsOutcome { print("verifies: \(verdict.claims.number)") }
      } catch {
        refused(error, what: "the claims, signed, verified\(list.map { " with \($0.url)" } ?? "")")
      }
    }
  }

  /// What `body` reads, or nil when it refuses (as a verification failure, in one line).
  private func read(_ what: String, _ body: () throws(CredentialError) -> CredentialClaims) -> CredentialClaims? {
    do {
      return try body()
    } catch {
      refused(error, what: what)
      return nil
    }
  }

  /// What claims that read promise.
  private func check(_ claims: CredentialClaims) {
    precondition(
      (try? CertificateNumber(parsing: claims.number.description)) == claims.number, "the number does not read back")
    if let supersedes = claims.supersedes {
      precondition(supersedes != claims.number, "a certificate supersedes itself")
    }
    if let status = claims.status {
      precondition((0..<StatusListEntry.capacity).contains(status.index), "a status index outside the list")
      precondition(status.id == status.listURL + "#\(status.index)", "a status id that is not the list and index")
    }
    precondition((claims.license == nil) == (claims.hoursText == nil), "credit without a license, or a license without")
    if claims.isSample { precondition(claims.hundredthsEarned ?? 0 == 0, "a sample reports credit") }
    if printsOutcome { print("reads: \(claims.number), \(claims.learnerName), \(claims.license ?? "no license")") }
  }

  /// A refusal is a certificate that does not verify (exit 1), in one line.
  private func refused(_ error: CredentialError, what: String) {
    precondition(error.isVerificationFailure, "\(what): refused with \(error.codeName) (exit 2): \(error.message)")
    precondition(!error.message.isEmpty && !error.message.contains("\n"), "\(what): a message of several lines")
    if printsOutcome { print("\(what): refused: \(error.message)") }
  }
}
