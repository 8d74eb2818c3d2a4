/// The SQL of the fourth schema version, as literal text: `board_records` found by short integer keys.
/// Like the versions before it, it never changes once released.
///
/// Version 3 found a provider's records by two text indexes, `UNIQUE (provider_id, hash)` and the
/// eight columns of a record's identity, which a batch import writes in random order: at a million
/// records they outgrew any page cache that keeps an import under 100 MiB, and the import spent most of
/// its time reading their pages back. Version 4 keeps the same columns and adds two derived ones,
/// `hash_key` and `identity_key` (``BoardRecordKeys``), indexed instead; the provider's hash stays
/// unique, checked by a trigger through the small index. A table constraint cannot be dropped in
/// SQLite, so the migration rebuilds the table, rows and ids unchanged (the records' events name the
/// rows by id), deriving the keys of existing rows with the functions of
/// ``BoardRecordKeys/functions()``.
enum LedgerSchemaV4 {
  static let boardKeys = """
    ALTER TABLE board_records RENAME TO board_records_v3;
    CREATE TABLE board_records (
      id INTEGER PRIMARY KEY,
      provider_id INTEGER NOT NULL REFERENCES trusted_providers(id),
      batch_id INTEGER NOT NULL REFERENCES imported_batches(id) DEFERRABLE INITIALLY DEFERRED,
      hash TEXT NOT NULL CHECK (length(hash) = 64),
      kind TEXT NOT NULL CHECK (kind IN ('completion', 'revocation')),
      certificate TEXT NOT NULL,
      board TEXT NOT NULL,
      license_type TEXT NOT NULL,
      license_number TEXT NOT NULL,
      approver TEXT NOT NULL,
      approval_number TEXT NOT NULL,
      approval_minutes INTEGER NOT NULL CHECK (approval_minutes BETWEEN 1 AND 60000),
      awarded_hundredths INTEGER NOT NULL CHECK (awarded_hundredths BETWEEN 0 AND 100000),
      completed_on TEXT NOT NULL CHECK (completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      course_id TEXT NOT NULL,
      course_title TEXT NOT NULL,
      course_version TEXT NOT NULL,
      learner_name TEXT NOT NULL,
      reason TEXT,
      replaces TEXT CHECK (replaces IS NULL OR length(replaces) = 64),
      topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
      verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
      hash_key INTEGER NOT NULL,
      identity_key INTEGER NOT NULL,
      CHECK (kind = 'revocation' OR reason IS NULL)
    ) STRICT;
    INSERT INTO board_records
      SELECT id, provider_id, batch_id, hash, kind, certificate, board, license_type, license_number, approver,
        approval_number, approval_minutes, awarded_hundredths, completed_on, course_id, course_title, course_version,
        learner_name, reason, replaces, topics, verified, vigil_hash_key(hash),
        vigil_identity_key(provider_id, certificate, board, license_type, license_number, approver, approval_number, kind)
      FROM board_records_v3 ORDER BY id;
    DROP TABLE board_records_v3;
    CREATE INDEX board_records_by_license ON board_records(board, license_type, license_number);
    CREATE INDEX board_records_by_hash ON board_records(hash_key);
    CREATE INDEX board_records_by_identity ON board_records(identity_key);
    CREATE INDEX board_records_by_replaces ON board_records(provider_id, replaces) WHERE replaces IS NOT NULL;
    CREATE TRIGGER board_records_unique_hash BEFORE INSERT ON board_records
      WHEN EXISTS (SELECT 1 FROM board_records WHERE hash_key = NEW.hash_key AND provider_id = NEW.provider_id
        AND hash = NEW.hash)
      BEGIN SELECT RAISE(ABORT, 'a provider''s record hash is unique'); END;
    CREATE TRIGGER board_records_no_update BEFORE UPDATE ON board_records
      BEGIN SELECT RAISE(ABORT, 'board records are append-only'); END;
    CREATE TRIGGER board_records_no_delete BEFORE DELETE ON board_records
      BEGIN SELECT RAISE(ABORT, 'board records are append-only'); END;
    """
}
