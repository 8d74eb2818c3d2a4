// libFuzzer target `fuzz-records-csv`: a CSV file of completion records, and CSV itself as `vigil board import` reads it (see RecordsCSVHarness).
// Built and run by `scripts/fuzz records-csv SECONDS`; a crash it finds becomes a test.

import FuzzSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  nonisolated(unsafe) static let harness = RecordsCSVHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness?.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

guard Target.harness != nil else {
  print("fuzz-records-csv: cannot make a scratch folder")
  exit(2)
}
FuzzDriver.run(testOneInput)
