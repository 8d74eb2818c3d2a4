/// The SQL of the second schema version, as literal text: the certificates issued for completions.
/// Like version 1 it never changes once released.
enum LedgerSchemaV2 {
  /// One row per credential issued: a completion's credentials share its certificate number, one per
  /// license the learner held (none when they held no license). `token` is the compact JWS exactly as
  /// signed: ES256 signatures are randomised, so a certificate is signed once and then only read back.
  /// Append-only, like the completions it belongs to.
  static let certificates = """
    CREATE TABLE certificates (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL CHECK (length(number) = 17),
      completion_id INTEGER NOT NULL REFERENCES completions(id),
      license_id INTEGER REFERENCES licenses(id),
      credential_id TEXT NOT NULL UNIQUE,
      file_name TEXT NOT NULL UNIQUE,
      token TEXT NOT NULL CHECK (length(token) > 0)
    ) STRICT;
    CREATE UNIQUE INDEX certificates_by_completion ON certificates(completion_id, coalesce(license_id, 0));
    CREATE INDEX certificates_by_number ON certificates(number);
    CREATE TRIGGER certificates_no_update BEFORE UPDATE ON certificates
      BEGIN SELECT RAISE(ABORT, 'certificates are append-only'); END;
    CREATE TRIGGER certificates_no_delete BEFORE DELETE ON certificates
      BEGIN SELECT RAISE(ABORT, 'certificates are append-only'); END;
    """
}
