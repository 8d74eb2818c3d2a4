import FuzzSupport
import VigilExchange

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the way `vigil board import` reads a JSON Lines batch: the bytes as a file,
/// ``JSONLinesReader`` to the end, each record's hash.
///
/// Beyond "no trap, no hang, no leak", it checks what the reader promises: an error is one line that
/// starts with the file's path and names a line; a record's position is `line N`, N rising from 1 and
/// no further than the file has lines; after the last record the reader stays at the end.
final class RecordsJSONLHarness {
  let file: ScratchFile
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  private let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  init?() {
    guard let file = ScratchFile(named: "records.jsonl") else { return nil }
    self.file = file
  }

  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    file.write(bytes)
    let lines = bytes.count(where: { $0 == 0x0A }) + 1
    var records = 0
    do {
      let reader = try JSONLinesReader(path: file.path)
      precondition(reader.header == nil, "JSON Lines carry no header")
      var lastLine = 0
      while let read = try reader.nextRecord() {
        records += 1
        guard read.position.hasPrefix("line "), let line = Int(read.position.dropFirst(5)) else {
          preconditionFailure("a record position that is not `line N`: \(read.position)")
        }
        precondition(line > lastLine && line <= lines, "record \(records) at line \(line): after \(lastLine), of \(lines)")
        lastLine = line
        let hash = try? read.record.hash
        if printsOutcome { print("record \(records) (\(read.position)): \(read.record.certificate), hash \(hash ?? "none")") }
      }
      let after = try reader.nextRecord()
      precondition(after == nil, "a record after the end")
    } catch {
      ErrorShape.check(error.message, names: file.path + ":", "after \(records) records")
      if printsOutcome { print("refused after \(records) records: \(error.message)") }
    }
  }
}
