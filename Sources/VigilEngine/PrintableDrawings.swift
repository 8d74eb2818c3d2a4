import Foundation
import VigilCredentials

/// The printable certificate a ``PrintingIssuer`` started drawing last, kept until the completion's
/// files are written. Only a drawing of exactly the tokens the ledger then returns is used: one whose
/// transaction did not commit is never written, and is dropped by the next.
final class PrintableDrawings: @unchecked Sendable {
  private let lock = NSLock()
  private var last: PendingPrintable?

  /// Keeps `drawing` in place of the last one.
  func started(_ drawing: PendingPrintable) {
    lock.withLock { last = drawing }
  }

  /// The drawing of exactly `tokens`, taken out; nil when none was started for them.
  func take(tokens: [String]) -> PendingPrintable? {
    lock.withLock {
      guard let drawing = last, drawing.tokens == tokens else { return nil }
      last = nil
      return drawing
    }
  }
}
