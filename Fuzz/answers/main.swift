// libFuzzer target `fuzz-answers`: what a licensee types at a question (see AnswersHarness).
// Built and run by `scripts/fuzz answers SECONDS`; a crash it finds becomes a test.

#if canImport(Glibc)
  import Glibc
#endif

/// The harness, made once before the first input.
enum Target {
  static let harness = AnswersHarness()
}

/// One input (libFuzzer's entry point, which its runtime references).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  Target.harness.run(UnsafeBufferPointer(start: data, count: size))
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

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, testOneInput))
