// libFuzzer target `fuzz-key-set`: the published JWK Set reader that `vigil board trust add` and
// `vigil certificate verify --key` run (see KeySetHarness). Built and run by
// `scripts/fuzz key-set SECONDS`; a crash it finds becomes a test.

import FuzzSupport

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  KeySetHarness.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

FuzzDriver.run(testOneInput)
