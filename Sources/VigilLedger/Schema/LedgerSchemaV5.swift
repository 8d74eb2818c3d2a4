/// The SQL of the fifth schema version, as literal text: `board_records` without the trigger that
/// checked each insert's hash. Like the versions before it, it never changes once released.
///
/// Version 4 kept a provider's record hashes unique with `board_records_unique_hash`, a trigger that
/// probed the hash index before every insert. A trigger that may abort makes each insert a statement
/// SQLite must be able to undo alone, so every insert copied each page it changed into a statement
/// journal and freed the copies after: a third of a batch import's writing at a million records. The
/// hash stays unique without it: a record's hash is SHA-256 of its canonical form, which holds its
/// identity (certificate, board, license, approval and kind), and a batch import looks up the records
/// with that identity before it inserts one, so a hash the provider holds is found there (the same
/// hash under another identity is a SHA-256 collision). `vigil ledger verify` checks that no two
/// records of a provider share a hash, as the auditor's script does.
enum LedgerSchemaV5 {
  static let boardHashByLookup = """
    DROP TRIGGER board_records_unique_hash;
    """
}
