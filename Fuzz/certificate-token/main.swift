// libFuzzer target `fuzz-certificate-token`: the certificate token reader `vigil certificate show
// FILE.jwt` and `verify` run (see CertificateTokenHarness). Built and run by
// `scripts/fuzz certificate-token SECONDS`; a crash it finds becomes a test.

import FuzzCertificates
import FuzzSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  nonisolated(unsafe) static let harness = try? CertificateTokenHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness?.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

guard let harness = Target.harness else {
  print("fuzz-certificate-token: cannot make the sample certificate")
  exit(2)
}
if (try? harness.sample.writeSeedsIfAsked(target: "certificate-token")) == true { exit(0) }
FuzzDriver.run(testOneInput)
