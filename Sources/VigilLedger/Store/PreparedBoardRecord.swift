import VigilBase

/// A board record checked and laid out for one batch import, ready to store: the ledger's checks of
/// the record passed, and its row's values (packed, to be bound where they lie) and its
/// `record.imported/1` event's data are written, all but the row's id, which the insert gives.
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
  /// The event data's members before `id` and after it.
  let dataBeforeID: CanonicalJSON
  let dataAfterID: CanonicalJSON

  init(_ record: BoardRecord, for preparation: BoardRecordPreparation) {
    self.record = record
    self.preparation = preparation
    let row = BoardRecordRow(
      record, providerID: preparation.providerID, batchID: preparation.batchID, isVerified: preparation.isVerified)
    values = row.values
    (dataBeforeID, dataAfterID) = row.canonicalAroundID
  }
}
