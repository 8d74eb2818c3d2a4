// libFuzzer target `fuzz-xml`: the XML reader as `vigil validate` runs it (see XMLHarness).
// Built and run by `scripts/fuzz xml SECONDS`; a crash it finds becomes a test.

import FuzzSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  nonisolated(unsafe) static let harness = XMLHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness?.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

guard Target.harness != nil else {
  print("fuzz-xml: cannot compile the schemas or make a scratch folder")
  exit(2)
}
FuzzDriver.run(testOneInput)
