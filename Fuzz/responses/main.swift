// libFuzzer target `fuzz-responses`: the `vigil grade` responses-file reader (see ResponsesHarness).
// Built and run by `scripts/fuzz responses SECONDS`; a crash it finds becomes a test.

import FuzzSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  static let harness = ResponsesHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

FuzzDriver.run(testOneInput)
