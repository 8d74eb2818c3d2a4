// Certificates: issuing, verifying and drawing, each beside its floor in the same run.
//
// 1. Issues `--count` certificates (default 10,000) against a ledger on disk, as `vigil take` does on a
//    pass: the completion, its credit, a signed checkpoint and the credential in one commit, the
//    printable PDF drawn from the moment the credential is signed, then the `.jwt` and the PDF written
//    and flushed, the folder synced. Prints credentials built and signed per second, timed inside the
//    transaction, beside one bare ES256 signature (swift-crypto) timed the same way (TimingIssuer):
//    every other completion's issuing step starts with a bare signature, with the same key over the
//    signing input of the credential issued just before, and only then builds its own credential;
//    the others start with the credential, which is what is timed. Then the same pair in a loop: each
//    of the last 2,000 completions' checkpoint signed again (not timed, as the transaction signs it
//    just before issuing), its credential built and signed again, then a bare signature over its
//    signing input. Each pair is checked against the target (within 2x). Issuing end to end (the bare
//    signatures' own time taken out) is printed beside one bare SQLite commit (synchronous=FULL,
//    BareCommit), plus one PDF drawn where issuing draws its own, plus one PDF written as a file
//    (BareFileWrite: created, written, flushed, its folder flushed; target within 1.5x). That PDF is
//    the floor's by the rule the signature's follows: the first thing of a completion's cycle, after the
//    same ledger work (cycles take turns in twos: two are issued and timed, then two start with the
//    floor's PDF, the previous certificate's, and their issuing is not timed). A PDF drawn in a loop
//    with nothing between runs warm (section 3) and is not what issuing can draw; the ratio with it in
//    the floor's place is printed too, and so is the ratio to the commit and the drawing alone.
// 2. Verifies every issued certificate offline, as a board does (the signature, the claims, the
//    checkpoint's signature), beside one bare ES256 verification.
// 3. Draws the golden credential's PDF 500 times against the 20 ms target, checking the bytes never change.
//
// Run from the repository's root: swift build -c release --product certificate-benchmark &&
// .build/release/certificate-benchmark [--count N]

import BenchmarkSupport
import Foundation
import VigilBase
import VigilCredentials
import VigilEngine
import VigilGrading
import VigilLedger
import VigilSigning

let arguments = CommandLine.arguments
let count = arguments.firstIndex(of: "--count").flatMap { Int(arguments[min($0 + 1, arguments.count - 1)]) } ?? 10_000
// Four at least: the end-to-end floor draws its PDF in every other pair of completions.
guard count >= 4 else { fatalError("--count takes a number of 4 or more") }
let pdfCount = 500
let pdfTarget = 0.020

func line(_ label: String, _ seconds: [Double]) -> String {
  let percentiles = Percentiles(seconds)
  return "\(label): median \(decimal(percentiles.median * 1e6, 1)) µs, p99 \(decimal(percentiles.p99 * 1e6, 1)) µs"
}

// The PDF first, drawn warm in a loop (section 3; the end-to-end floor draws its own where issuing does).
let golden = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "Tests/VigilCredentialsTests/Golden/credential.json")))
let pdf = try CertificatePDF([try CredentialClaims(payload: golden)])
let (first, warmUp) = try timed { try pdf.render() }
var pdfSeconds: [Double] = []
for _ in 0..<pdfCount {
  let (bytes, elapsed) = try timed { try pdf.render() }
  precondition(bytes == first, "the same certificate drew different bytes")
  pdfSeconds.append(elapsed)
}
let pdfPercentiles = Percentiles(pdfSeconds)

// Issuing end to end.
let home = try IssuingHome()
defer { home.remove() }
let pairCount = min(count, 2_000)
let issuer = TimingIssuer(
  CredentialIssuer(key: home.key, course: home.course, passPercent: 80, boards: home.boards),
  privateKey: home.privateKey, keep: pairCount)
let delivery = CertificateIssuing(home: home.home)
// As `vigil take` issues: the printable certificate is drawn from the moment the credentials are signed.
let printing = delivery.issuer(wrapping: issuer)
var tokens: [String] = []
var endToEnd: [Double] = []
var pdfWhereIssued: [Double] = []
tokens.reserveCapacity(count)
for index in 0..<count {
  let attemptID = try home.passedAttempt()
  // The floor's PDF, drawn where issuing draws its own: after the same ledger work, as the first thing
  // of a completion's cycle (the previous completion's certificate, its claims read untimed). Half the
  // cycles draw it, in turns of two so both halves of TimingIssuer's alternation get it alike; those
  // cycles' issuing, warmed by it, is not timed.
  let drawsFloor = index % 4 >= 2
  if drawsFloor {
    let previous = try CertificatePDF([CredentialClaims(storedToken: tokens[index - 1])])
    pdfWhereIssued.append(try timed { try previous.render() }.1)
  }
  let (certificates, elapsed) = try timed { () throws -> [Certificate] in
    let completion = try home.ledger.complete(
      attemptID: attemptID, course: home.course, boards: home.boards,
      completedAt: Timestamp(secondsSinceEpoch: Ledger.systemClock()), issuer: printing)
    let certificates = try home.ledger.certificates(completionID: completion.id)
    let said = delivery.deliver(certificates)
    guard said.contains(where: { $0.hasPrefix("Printable certificate: ") }) else {
      throw BenchmarkError("a certificate was not delivered: \(said.joined(separator: " / "))")
    }
    return certificates
  }
  guard certificates.count == 1 else { throw BenchmarkError("a completion issued \(certificates.count) credentials") }
  guard issuer.bareSecondsByCompletion.count == index + 1 else { throw BenchmarkError("a completion was issued twice") }
  tokens.append(certificates[0].token)
  // A bare signature in the transaction is the benchmark's, not issuing's.
  if !drawsFloor { endToEnd.append(elapsed - issuer.bareSecondsByCompletion[index]) }
}

// The credential and the bare signature again, pair by pair in a loop over the last completions.
var loopCredential: [Double] = []
var loopBare: [Double] = []
for index in 0..<pairCount {
  let (seconds, signingInput) = try issuer.issueAgain(index)
  loopCredential.append(seconds)
  loopBare.append(try issuer.bareSignature(over: signingInput))
}

// Verifying every certificate as a board does, with the published keys and no ledger.
let verifier = CertificateVerifier(
  keys: JWKSet(keys: [home.key.publicJWK]), ledger: nil, now: Ledger.systemClock() + 60)
let verifications = try tokens.map { token in try timed { _ = try verifier.verify(token) }.1 }

// The floors, in the same run.
let signingInput = Array(tokens[0].utf8[..<tokens[0].utf8.lastIndex(of: UInt8(ascii: "."))!])
let bare = BareSignature(message: signingInput)
let bareVerifying = try bare.verifying(count)
let bareCommit = try BareCommit(path: home.folder + "/bare.sqlite")
let commits = try (0..<min(count, 2_000)).map { _ in try bareCommit.commit() }
let bareFile = try BareFileWrite(folder: home.folder + "/bare-pdf")
let pdfWrites = try (0..<min(count, 2_000)).map { index in try bareFile.write(first, named: "\(index).pdf") }

let signed = Percentiles(issuer.credentialSeconds)
let signRatio = signed.median / Percentiles(issuer.bareSeconds).median
let loopRatio = Percentiles(loopCredential).median / Percentiles(loopBare).median
let verifyRatio = Percentiles(verifications).median / Percentiles(bareVerifying).median
let commitMedian = Percentiles(commits).median
let fileMedian = Percentiles(pdfWrites).median
let drawnFloor = commitMedian + Percentiles(pdfWhereIssued).median
let floor = drawnFloor + fileMedian
let warmFloor = commitMedian + pdfPercentiles.median + fileMedian
let issueRatio = Percentiles(endToEnd).median / floor

print(
  "certificates: \(count) issued against a ledger on disk, one credential each "
    + "(\(signingInput.count)-byte signing input)")
func verdict(_ ratio: Double, _ target: Double) -> String {
  "\(decimal(ratio))x, target \(decimal(target, 1))x: \(ratio <= target ? "met" : "NOT met")"
}
let firstCount = issuer.credentialSeconds.count
print(
  "  built and signed in the transaction, first in its issuing step (\(firstCount) completions): "
    + "\(rate(firstCount, issuer.credentialSeconds.reduce(0, +))) credentials/s; "
    + line("one", issuer.credentialSeconds))
print(
  "    "
    + line("bare ES256 signature first in the others' (same key, the credential before's signing input)", issuer.bareSeconds))
print(
  "    \(verdict(signRatio, 2)) (the credentials built and signed after that bare signature: "
    + line("one", issuer.afterBareSeconds) + ")")
print(
  "  built and signed again in a loop over the last \(pairCount) completions (each checkpoint signed again first): "
    + "\(rate(pairCount, loopCredential.reduce(0, +))) credentials/s; " + line("one", loopCredential))
print("    " + line("bare ES256 signature over each one's signing input, right after it", loopBare))
print("    \(verdict(loopRatio, 2))")
print("  verified: \(rate(count, verifications.reduce(0, +))) certificates/s; " + line("one", verifications))
print(
  "    " + line("bare ES256 verification", bareVerifying)
    + "; \(decimal(verifyRatio))x (a certificate verifies two signatures: its own and its checkpoint's)")
print(
  "  issued end to end (completion, credit, checkpoint and credential committed; .jwt and PDF written; "
    + "the bare signatures in them not counted), \(endToEnd.count) completions:")
print("    \(rate(endToEnd.count, endToEnd.reduce(0, +))) certificates/s; " + line("one", endToEnd))
print("    " + line("bare commit (synchronous=FULL)", commits))
print(
  "    " + line("bare PDF drawn where issuing draws one, first in the other \(pdfWhereIssued.count) completions' cycles", pdfWhereIssued))
print("    " + line("bare PDF file (created, written, flushed, folder flushed)", pdfWrites))
print("    floor, medians: the commit, the PDF drawn there and the file \(decimal(floor * 1e6, 1)) µs")
print(
  "    \(decimal(issueRatio))x the bare commit plus one PDF drawn and written, target 1.5x: "
    + "\(issueRatio <= 1.5 ? "met" : "NOT met") (\(decimal(Percentiles(endToEnd).median / drawnFloor))x the commit "
    + "and the drawing alone; \(decimal(Percentiles(endToEnd).median / warmFloor))x with the PDF drawn warm, below, "
    + "in its place)")
print("certificate PDF: \(pdfCount) drawn, \(first.count) bytes each, identical")
print("  first (loads the fonts): \(decimal(warmUp * 1000)) ms")
print("  \(rate(pdfCount, pdfSeconds.reduce(0, +))) PDFs/s")
print(
  "  one PDF: median \(decimal(pdfPercentiles.median * 1000)) ms, p99 \(decimal(pdfPercentiles.p99 * 1000)) ms; "
    + "target \(decimal(pdfTarget * 1000)) ms: \(pdfPercentiles.p99 < pdfTarget ? "met" : "NOT met")")
print("  peak memory \(decimal(peakMebibytes())) MiB")
