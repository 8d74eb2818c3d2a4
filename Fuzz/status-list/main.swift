// libFuzzer target `fuzz-status-list`: the status list reader `vigil certificate verify --status-list`
// runs (see StatusListHarness). Built and run by `scripts/fuzz status-list SECONDS`; a crash it finds
// becomes a test.

import FuzzCertificates
import FuzzSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  nonisolated(unsafe) static let harness = try? StatusListHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness?.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

guard let harness = Target.harness else {
  print("fuzz-status-list: cannot make the sample certificate")
  exit(2)
}
if (try? harness.sample.writeSeedsIfAsked(target: "status-list")) == true { exit(0) }
FuzzDriver.run(testOneInput)
