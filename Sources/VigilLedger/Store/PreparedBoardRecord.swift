import VigilBase

/// A board record checked and laid out for one batch import, ready to store: the ledger's checks of
/// the record passed (its hash among them), and its row's values, keys included, are packed, to be
/// bound where they lie; the insert gives the row its id.
///
/// Made by ``BoardRecordPreparation/prepare(_:)`` on any thread and stored by
/// ``BatchRecordSink/add(_:at:)-(PreparedBoardRecord,_)``, so an importer can do this work on a thread
/// of its own while the ledger writes the records before. A class: it travels between threads and
/// through queues, and a reference costs one count to pass on where the fields would cost dozens.
public final class PreparedBoardRecord: Sendable {
  /// The record.
  let record: BoardRecord
  /// The import it was prepared for.
  let preparation: BoardRecordPreparation
  /// Its row's values, for the insert.
  let values: PackedValues

  init(_ record: BoardRecord, for preparation: BoardRecordPreparation) {
    self.record = record
    self.preparation = preparation
    values = BoardRecordRow.values(
      of: record, providerID: preparation.providerID, batchID: preparation.batchID, isVerified: preparation.isVerified)
  }
}
