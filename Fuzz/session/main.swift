// libFuzzer target `fuzz-session`: a licensee's whole session driven by lines typed (see SessionHarness).
// Built and run by `scripts/fuzz session SECONDS`; a crash it finds becomes a test.

import FuzzSupport

/// The harness, made once before the first input.
enum Target {
  static let harness = SessionHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

FuzzDriver.run(testOneInput)
