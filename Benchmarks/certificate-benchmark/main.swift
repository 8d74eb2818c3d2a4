// Printable certificates: how long one PDF takes to draw, against the 20 ms target.
//
// Reads the golden credential's claims (Tests/VigilCredentialsTests/Golden/credential.json), draws its
// PDF 500 times (after one warm-up that loads the fonts) and prints PDFs per second, the median and
// p99 of one PDF beside the 20 ms target, and the PDF's size.
//
// Run from the repository's root: swift build -c release --product certificate-benchmark &&
// .build/release/certificate-benchmark

import BenchmarkSupport
import Foundation
import VigilCredentials

let count = 500
let target = 0.020

let payload = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "Tests/VigilCredentialsTests/Golden/credential.json")))
let pdf = try CertificatePDF([try CredentialClaims(payload: payload)])
let (first, warmUp) = try timed { try pdf.render() }
var seconds: [Double] = []
for _ in 0..<count {
  let (bytes, elapsed) = try timed { try pdf.render() }
  precondition(bytes == first, "the same certificate drew different bytes")
  seconds.append(elapsed)
}
let total = seconds.reduce(0, +)
let percentiles = Percentiles(seconds)
print("certificate PDF: \(count) drawn, \(first.count) bytes each, identical")
print("  first (loads the fonts): \(decimal(warmUp * 1000)) ms")
print("  \(rate(count, total)) PDFs/s")
print(
  "  one PDF: median \(decimal(percentiles.median * 1000)) ms, p99 \(decimal(percentiles.at(0.99) * 1000)) ms; "
    + "target \(decimal(target * 1000)) ms: \(percentiles.at(0.99) < target ? "met" : "NOT met")")
print("  peak memory \(decimal(peakMebibytes())) MiB")
