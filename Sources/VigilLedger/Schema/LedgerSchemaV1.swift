/// The SQL of the first schema version. Dates are ISO text (`YYYY-MM-DD`), instants are integer
/// seconds since the Unix epoch, credit is integer minutes, lists are JSON arrays of strings.
enum LedgerSchemaV1 {
  /// A `CHECK` that a column holds an ISO date.
  private static func isoDate(_ column: String) -> String {
    "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
  }

  /// People and the licenses they hold.
  static let learnersAndLicenses = """
    CREATE TABLE learners (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      email TEXT,
      birth_month INTEGER CHECK (birth_month BETWEEN 1 AND 12),
      birth_day INTEGER CHECK (birth_day BETWEEN 1 AND 31),
      CHECK ((birth_month IS NULL) = (birth_day IS NULL))
    ) STRICT;

    CREATE TABLE licenses (
      id INTEGER PRIMARY KEY,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      board TEXT NOT NULL,
      type TEXT NOT NULL,
      number TEXT NOT NULL,
      expires TEXT NOT NULL CHECK (\(isoDate("expires"))),
      issued TEXT CHECK (issued IS NULL OR \(isoDate("issued"))),
      attributes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attributes)),
      UNIQUE (board, type, number)
    ) STRICT;
    CREATE INDEX licenses_by_learner ON licenses(learner_id);
    """

  /// Quiz attempts as started, and every response as it is saved.
  static let attemptsAndResponses = """
    CREATE TABLE attempts (
      id INTEGER PRIMARY KEY,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      course_id TEXT NOT NULL,
      course_version TEXT NOT NULL,
      content_digest TEXT NOT NULL,
      quiz_id TEXT NOT NULL,
      attempt_number INTEGER NOT NULL CHECK (attempt_number >= 1),
      seed INTEGER NOT NULL,
      realised TEXT NOT NULL CHECK (json_valid(realised)),
      started_at INTEGER NOT NULL,
      deadline_at INTEGER,
      finished_at INTEGER,
      percent REAL,
      passed INTEGER CHECK (passed IN (0, 1)),
      grade TEXT CHECK (grade IS NULL OR json_valid(grade)),
      CHECK ((finished_at IS NULL) = (grade IS NULL)),
      UNIQUE (learner_id, course_id, quiz_id, attempt_number)
    ) STRICT;

    CREATE TABLE responses (
      id INTEGER PRIMARY KEY,
      attempt_id INTEGER NOT NULL REFERENCES attempts(id),
      question_id TEXT NOT NULL,
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      typed TEXT NOT NULL,
      response TEXT NOT NULL CHECK (json_valid(response)),
      saved_at INTEGER NOT NULL,
      UNIQUE (attempt_id, question_id, sequence)
    ) STRICT;
    """

  /// Completed courses and the credit each earned for a license; both append-only.
  static let completionsAndCredits = """
    CREATE TABLE completions (
      id INTEGER PRIMARY KEY,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      course_id TEXT NOT NULL,
      course_version TEXT NOT NULL,
      course_title TEXT NOT NULL,
      completed_on TEXT NOT NULL CHECK (\(isoDate("completed_on"))),
      attempt_id INTEGER UNIQUE REFERENCES attempts(id),
      percent REAL
    ) STRICT;
    CREATE INDEX completions_by_learner ON completions(learner_id);

    CREATE TABLE credits (
      id INTEGER PRIMARY KEY,
      completion_id INTEGER NOT NULL REFERENCES completions(id),
      license_id INTEGER NOT NULL REFERENCES licenses(id),
      board TEXT NOT NULL,
      approver TEXT NOT NULL,
      approval_number TEXT NOT NULL,
      minutes INTEGER NOT NULL CHECK (minutes >= 0),
      topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
      UNIQUE (completion_id, license_id, approver, approval_number)
    ) STRICT;
    CREATE INDEX credits_by_license ON credits(license_id);

    \(appendOnly("completions"))
    \(appendOnly("credits"))
    """

  /// The hash-chained event log: one row per learner, license or completion written.
  static let events = """
    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      record_table TEXT NOT NULL,
      record_id INTEGER NOT NULL,
      recorded_at INTEGER NOT NULL,
      content TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      previous_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;

    \(appendOnly("events"))
    """

  /// Triggers that refuse `UPDATE` and `DELETE` on a table (the chain still catches edits made by
  /// someone who drops them).
  private static func appendOnly(_ table: String) -> String {
    """
    CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
      BEGIN SELECT RAISE(ABORT, '\(table) are append-only'); END;
    CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
      BEGIN SELECT RAISE(ABORT, '\(table) are append-only'); END;
    """
  }
}
