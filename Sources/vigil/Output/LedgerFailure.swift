import ArgumentParser
import VigilLedger

/// Runs a command's ledger work; a ``LedgerError`` is printed as one `error:` line and ends the
/// command with exit status 2 (a usage or environment error).
enum LedgerFailure {
  static func reporting<T>(_ body: () throws(LedgerError) -> T) throws(ExitCode) -> T {
    do {
      return try body()
    } catch {
      FileHandleOutput.standardError.write("error: \(error.message)\n")
      throw ExitCode.usageError
    }
  }
}
