// libFuzzer target `fuzz-batch-xml`: a board's XML completion batch as `vigil board import` reads it
// (see BatchXMLHarness). Built and run by `scripts/fuzz batch-xml SECONDS`; a crash it finds becomes a test.

import FuzzSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  nonisolated(unsafe) static let harness = BatchXMLHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness?.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

guard Target.harness != nil else {
  print("fuzz-batch-xml: cannot make a scratch folder")
  exit(2)
}
FuzzDriver.run(testOneInput)
