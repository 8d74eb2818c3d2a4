// libFuzzer target `fuzz-xml`: the XML reader as `vigil validate` runs it (see XMLHarness).
// Built and run by `scripts/fuzz xml SECONDS`; a crash it finds becomes a test.

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

/// libFuzzer's driver: parses its flags and calls `callback` once per input. SwiftPM gives an
/// executable a `main` of its own, so the target starts the driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

guard Target.harness != nil else {
  print("fuzz-xml: cannot compile the schemas or make a scratch folder")
  exit(2)
}
var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, testOneInput))
