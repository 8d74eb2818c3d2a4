/// The SQL of the third schema version, as literal text: what a board's own ledger holds. Like the
/// versions before it, it never changes once released.
///
/// A board runs Vigil with its own home; these tables sit in the same ledger file and the same event
/// chain as everything else. Rows change only together with their event, in the same transaction.
enum LedgerSchemaV3 {
  /// The providers whose batches the board accepts, the board's own licensee roster, the batches it
  /// imported, the provider heads those batches carried, and the completion records they brought.
  ///
  /// - `trusted_providers`: one row per provider trusted under a name, with its public JWK Set as
  ///   canonical JSON; removing a provider sets `removed_at` once (the row stays, so its records keep
  ///   their provider), and nothing else of a row ever changes.
  /// - `roster_licenses`: the board's licensee list, authoritative for the profile compliance needs; a
  ///   re-import updates a row with its event.
  /// - `imported_batches`, `provider_heads`, `board_records`: append-only. A batch's row is written
  ///   last in its transaction, so the records and the head that point to it check their reference at
  ///   commit (`DEFERRABLE INITIALLY DEFERRED`). A record's `hash` is unique per provider; `replaces`
  ///   names the hash of the record of the same provider it supersedes (a revocation names the record
  ///   it revokes).
  static let board = """
    CREATE TABLE trusted_providers (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 40),
      key_set TEXT NOT NULL CHECK (json_valid(key_set)),
      trusted_at INTEGER NOT NULL,
      removed_at INTEGER
    ) STRICT;
    CREATE TRIGGER trusted_providers_only_removal BEFORE UPDATE ON trusted_providers
      WHEN OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL OR NEW.id IS NOT OLD.id
        OR NEW.name IS NOT OLD.name OR NEW.key_set IS NOT OLD.key_set OR NEW.trusted_at IS NOT OLD.trusted_at
      BEGIN SELECT RAISE(ABORT, 'a trusted provider only changes by being removed, once'); END;
    CREATE TRIGGER trusted_providers_no_delete BEFORE DELETE ON trusted_providers
      BEGIN SELECT RAISE(ABORT, 'trusted providers are never deleted'); END;

    CREATE TABLE roster_licenses (
      id INTEGER PRIMARY KEY,
      board TEXT NOT NULL,
      type TEXT NOT NULL,
      number TEXT NOT NULL,
      holder_name TEXT NOT NULL CHECK (length(trim(holder_name)) > 0),
      expires TEXT NOT NULL CHECK (expires GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      issued TEXT CHECK (issued IS NULL OR issued GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      attributes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attributes)),
      UNIQUE (board, type, number)
    ) STRICT;
    CREATE TRIGGER roster_licenses_no_delete BEFORE DELETE ON roster_licenses
      BEGIN SELECT RAISE(ABORT, 'roster licenses are never deleted'); END;

    CREATE TABLE imported_batches (
      id INTEGER PRIMARY KEY,
      provider_id INTEGER NOT NULL REFERENCES trusted_providers(id),
      digest TEXT NOT NULL CHECK (length(digest) = 64),
      format TEXT NOT NULL CHECK (length(format) BETWEEN 1 AND 40),
      verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
      record_count INTEGER NOT NULL CHECK (record_count >= 0),
      added_count INTEGER NOT NULL CHECK (added_count >= 0),
      unchanged_count INTEGER NOT NULL CHECK (unchanged_count >= 0),
      imported_at INTEGER NOT NULL,
      CHECK (added_count + unchanged_count = record_count)
    ) STRICT;
    CREATE INDEX imported_batches_by_provider ON imported_batches(provider_id);
    CREATE TRIGGER imported_batches_no_update BEFORE UPDATE ON imported_batches
      BEGIN SELECT RAISE(ABORT, 'imported batches are append-only'); END;
    CREATE TRIGGER imported_batches_no_delete BEFORE DELETE ON imported_batches
      BEGIN SELECT RAISE(ABORT, 'imported batches are append-only'); END;

    CREATE TABLE provider_heads (
      id INTEGER PRIMARY KEY,
      provider_id INTEGER NOT NULL REFERENCES trusted_providers(id),
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      link TEXT NOT NULL CHECK (length(link) = 64),
      batch_id INTEGER NOT NULL REFERENCES imported_batches(id) DEFERRABLE INITIALLY DEFERRED,
      UNIQUE (provider_id, sequence)
    ) STRICT;
    CREATE TRIGGER provider_heads_no_update BEFORE UPDATE ON provider_heads
      BEGIN SELECT RAISE(ABORT, 'provider heads are append-only'); END;
    CREATE TRIGGER provider_heads_no_delete BEFORE DELETE ON provider_heads
      BEGIN SELECT RAISE(ABORT, 'provider heads are append-only'); END;

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
      CHECK (kind = 'revocation' OR reason IS NULL),
      UNIQUE (provider_id, hash)
    ) STRICT;
    CREATE INDEX board_records_by_license ON board_records(board, license_type, license_number);
    CREATE INDEX board_records_by_identity ON board_records(
      provider_id, certificate, board, license_type, license_number, approver, approval_number, kind);
    CREATE INDEX board_records_by_replaces ON board_records(provider_id, replaces) WHERE replaces IS NOT NULL;
    CREATE TRIGGER board_records_no_update BEFORE UPDATE ON board_records
      BEGIN SELECT RAISE(ABORT, 'board records are append-only'); END;
    CREATE TRIGGER board_records_no_delete BEFORE DELETE ON board_records
      BEGIN SELECT RAISE(ABORT, 'board records are append-only'); END;
    """
}
