import FuzzSupport
import VigilExchange

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input through Vigil's CSV reading: ``CSVRecordReader`` on the bytes as a file (the way
/// `vigil board import` reads a CSV batch), then the RFC 4180 ``CSVReader`` itself on the bytes with
/// small limits (64-byte fields, 256-byte records, 8 fields, 8 KiB), without and with undoing formula
/// neutralisation.
///
/// Beyond "no trap, no hang, no leak", it checks what the readers promise: an error is one line that
/// starts with the file's name; records are numbered from 1 and their lines never go back; and every
/// record the raw reader returns survives a round trip: written back by ``CSVEncoding`` (neutralised or
/// not) and read again (undoing it or not), it gives the same fields.
final class RecordsCSVHarness {
  let file: ScratchFile
  let small = CSVOptions(maximumFieldBytes: 64, maximumRecordBytes: 256, maximumFields: 8, maximumFileBytes: 8192)
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  private let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  init?() {
    guard let file = ScratchFile(named: "records.csv") else { return nil }
    self.file = file
  }

  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    file.write(bytes)
    readRecords()
    for undoes in [false, true] {
      var options = small
      options.undoesNeutralisation = undoes
      readRaw(Array(bytes), options: options)
    }
  }

  /// The board's reader of completion-record CSV.
  private func readRecords() {
    var records = 0
    do {
      let reader = try CSVRecordReader(path: file.path)
      while let read = try reader.nextRecord() {
        records += 1
        _ = try? read.record.hash
        if printsOutcome { print("record \(records) (\(read.position)): \(read.record.certificate)") }
      }
      let after = try reader.nextRecord()
      precondition(after == nil, "a record after the end")
    } catch {
      ErrorShape.check(error.message, names: file.path, "after \(records) records")
      if printsOutcome { print("refused after \(records) records: \(error.message)") }
    }
  }

  /// The RFC 4180 reader, and a round trip of each record it reads.
  private func readRaw(_ bytes: [UInt8], options: CSVOptions) {
    var reader = CSVReader(bytes: bytes, name: "fuzz.csv", options: options)
    var last = (number: 0, line: 0)
    do {
      while let record = try reader.next() {
        precondition(record.number == last.number + 1, "record \(record.number) after \(last.number)")
        precondition(record.line >= max(last.line, 1), "record \(record.number) at line \(record.line), after \(last.line)")
        precondition(!record.fields.isEmpty, "a record of no fields")
        last = (record.number, record.line)
        roundTrip(record.fields)
      }
    } catch {
      ErrorShape.check(error.message, names: "fuzz.csv", "after \(last.number) records")
      if printsOutcome { print("raw (undoing: \(options.undoesNeutralisation)): \(error.message)") }
    }
  }

  /// `fields` written and read back, neutralised and undone, and plain.
  private func roundTrip(_ fields: [String]) {
    for neutralising in [false, true] {
      var line: [UInt8] = []
      CSVEncoding.append(fields, neutralisingFormulas: neutralising, to: &line)
      var reader = CSVReader(
        bytes: line, name: "written.csv", options: CSVOptions(undoesNeutralisation: neutralising))
      let again: [String]?
      do {
        again = try reader.next()?.fields
        let more = try reader.next()
        precondition(more == nil, "one record written, more read: \(fields)")
      } catch {
        preconditionFailure("a written record does not read back (neutralising: \(neutralising)): \(fields): \(error.message)")
      }
      precondition(again == fields, "written and read back (neutralising: \(neutralising)), \(fields) became \(again ?? [])")
    }
  }
}
