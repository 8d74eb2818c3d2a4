import FuzzSupport
import VigilExchange
import VigilXML

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the way `vigil board import` reads an XML batch once its signature holds: the
/// bytes as a file, ``XMLBatchReader`` (libxml2's streaming reader validating against
/// `completion-batch.xsd`) for the header, then every record to the `<count>`, each record's hash.
///
/// The limits are small (2 KiB per text, 8 levels, 6 attributes), so inputs of a few KiB reach them.
/// Beyond "no trap, no hang, no leak", it checks what the reader promises: an error is one line that
/// starts with the file's path; a record's position is `line N` with N from 1 and never going back;
/// after the last record the reader stays at the end.
final class BatchXMLHarness {
  let file: ScratchFile
  let limits = XMLStreamReader.Limits(
    maximumFileBytes: 1 << 20, maximumDepth: 8, maximumAttributes: 6, maximumTextBytes: 2048)
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  private let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  init?() {
    guard let file = ScratchFile(named: "batch.xml") else { return nil }
    self.file = file
  }

  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    file.write(bytes)
    var records = 0
    do {
      let reader = try XMLBatchReader(path: file.path, limits: limits)
      guard let header = reader.header else { preconditionFailure("an opened batch has no header") }
      if printsOutcome { print("header: board \(header.board), head \(header.head), \(header.proof.count) proof events") }
      var lastLine = 0
      while let read = try reader.nextRecord() {
        records += 1
        let line = Self.line(of: read.position)
        precondition(line >= max(lastLine, 1), "record \(records) is at \(read.position), after line \(lastLine)")
        lastLine = line
        let hash = try? read.record.hash
        if printsOutcome { print("record \(records) (\(read.position)): \(read.record.certificate), hash \(hash ?? "none")") }
      }
      let after = try reader.nextRecord()
      precondition(after == nil, "a record after the end")
      if printsOutcome { print("read \(records) records") }
    } catch {
      ErrorShape.check(error.message, names: file.path, "after \(records) records")
      if printsOutcome { print("refused after \(records) records: \(error.message)") }
    }
  }

  /// N of `line N`.
  private static func line(of position: String) -> Int {
    guard position.hasPrefix("line "), let line = Int(position.dropFirst(5)) else {
      preconditionFailure("a record position that is not `line N`: \(position)")
    }
    return line
  }
}
