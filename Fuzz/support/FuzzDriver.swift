#if canImport(Glibc)
  import Glibc
#endif

/// libFuzzer's driver: parses its flags and calls `callback` once per input. SwiftPM gives an
/// executable a `main` of its own, so each target starts the driver itself through ``run(_:)``.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Starts libFuzzer with the process's arguments and exits with its status.
public enum FuzzDriver {
  public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argumentCount = CommandLine.argc
    var arguments = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, callback))
  }
}
