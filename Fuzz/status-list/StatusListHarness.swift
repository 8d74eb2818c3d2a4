import FuzzCertificates
import VigilCredentials
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the ways a provider's status list is read: the bytes as the GZIP stream inside
/// `encodedList`, as an `encodedList` text, and as a list credential's claims (the payload of a token
/// whose signature verified), then, when the claims read, the sample certificates checked against the
/// list as `vigil certificate verify --status-list` checks them.
///
/// Beyond "no trap, no hang", it checks what the reader promises: every refusal is
/// `malformed-status-list` in one line; a bitstring that reads holds at least 131,072 bits and survives
/// a round trip through `encodedList`; a list that reads names only set bits as superseded and survives
/// a round trip through its claims; checking a certificate against it either passes or fails as a
/// verification failure (exit 1), never as anything else.
struct StatusListHarness {
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"
  let sample: CertificateSample

  init() throws {
    sample = try CertificateSample()
  }

  /// Runs one input.
  func run(_ input: UnsafeBufferPointer<UInt8>) {
    let bytes = Array(input)
    readBitstring("u" + Base64URL.encode(bytes), what: "the bytes as GZIP")
    if let text = String(validating: bytes, as: UTF8.self) { readBitstring(text, what: "the bytes as encodedList") }
    let list: StatusList
    do {
      list = try StatusList(payload: bytes)
    } catch {
      refused(error, what: "the bytes as a list's claims")
      return
    }
    for index in list.successors.keys {
      precondition(list.bits.isSet(index), "a superseded index \(index) whose bit is not set")
    }
    do {
      let again = try StatusList(payload: try list.claims())
      precondition(again == list, "the list changed on a round trip through its claims")
    } catch {
      preconditionFailure("a list that reads cannot be written again: \(error.message)")
    }
    let verifier = CertificateVerifier(keys: sample.keys, ledger: nil, now: sample.now)
    for token in [sample.token, sample.reissuedToken] {
      do {
        let verdict = try verifier.verify(token, statusList: list)
        if printsOutcome { print("\(verdict.claims.number) stands in \(list.url)") }
      } catch {
        precondition(error.isVerificationFailure, "a status list made verify fail with \(error.codeName): \(error)")
        precondition(!error.message.contains("\n"), "a message of several lines: \(error.message)")
        if printsOutcome { print("refused: \(error.message)") }
      }
    }
  }

  /// An `encodedList` read, and written again.
  private func readBitstring(_ encoded: String, what: String) {
    let bits: RevocationBitstring
    do {
      bits = try RevocationBitstring(encoded: encoded)
    } catch {
      refused(error, what: what)
      return
    }
    precondition(bits.count >= StatusListEntry.capacity && bits.bytes.count <= 1 << 20, "a list of \(bits.count) bits")
    do {
      let again = try RevocationBitstring(encoded: try bits.encoded())
      precondition(again == bits, "the bits changed on a round trip")
    } catch {
      preconditionFailure("bits that read cannot be encoded again: \(error.message)")
    }
    if printsOutcome { print("\(what): \(bits.count) bits, \(bits.bytes.map(\.nonzeroBitCount).reduce(0, +)) set") }
  }

  /// A refusal is `malformed-status-list`, in one line.
  private func refused(_ error: CredentialError, what: String) {
    precondition(error.code == .malformedStatusList, "\(what): refused with \(error.codeName): \(error.message)")
    precondition(!error.message.isEmpty && !error.message.contains("\n"), "\(what): a message of several lines")
    if printsOutcome { print("\(what): refused: \(error.message)") }
  }
}
