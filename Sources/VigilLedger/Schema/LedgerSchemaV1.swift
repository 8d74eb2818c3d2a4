/// The SQL of the first schema version, as literal text: once released it never changes (a later
/// schema adds a migration of its own). Dates are ISO text (`YYYY-MM-DD`), instants integer seconds
/// since the Unix epoch (UTC), credit integer minutes, percentages integer basis points (85.5 % is
/// 8550), lists JSON arrays of strings.
///
/// The tables are the fast read model; the `events` chain is the record. Rows change only together
/// with the event that records the change, in the same transaction.
enum LedgerSchemaV1 {
  /// The ledger's identity and the hash-chained event log.
  static let ledgerAndEvents = """
    CREATE TABLE ledger (
      id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
      BEGIN SELECT RAISE(ABORT, 'the ledger row is written once'); END;
    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
      BEGIN SELECT RAISE(ABORT, 'the ledger row is written once'); END;

    CREATE TABLE events (
      seq INTEGER PRIMARY KEY,
      stream TEXT NOT NULL,
      kind TEXT NOT NULL,
      key TEXT NOT NULL UNIQUE,
      at INTEGER NOT NULL,
      body TEXT NOT NULL,
      event_hash TEXT NOT NULL,
      link TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    """

  /// People and the licenses they hold; a correction or renewal updates the row with its event.
  static let learnersAndLicenses = """
    CREATE TABLE learners (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      email TEXT,
      birth_month INTEGER CHECK (birth_month BETWEEN 1 AND 12),
      birth_day INTEGER CHECK (birth_day BETWEEN 1 AND 31),
      CHECK ((birth_month IS NULL) = (birth_day IS NULL))
    ) STRICT;
    CREATE TRIGGER learners_no_delete BEFORE DELETE ON learners
      BEGIN SELECT RAISE(ABORT, 'learners are never deleted'); END;

    CREATE TABLE licenses (
      id INTEGER PRIMARY KEY,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      board TEXT NOT NULL,
      type TEXT NOT NULL,
      number TEXT NOT NULL,
      expires TEXT NOT NULL CHECK (expires GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      issued TEXT CHECK (issued IS NULL OR issued GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      attributes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attributes)),
      UNIQUE (board, type, number)
    ) STRICT;
    CREATE INDEX licenses_by_learner ON licenses(learner_id);
    CREATE TRIGGER licenses_no_delete BEFORE DELETE ON licenses
      BEGIN SELECT RAISE(ABORT, 'licenses are never deleted'); END;
    """

  /// Quiz attempts as started (with the questions as realised) and every response as it is saved.
  static let attemptsAndResponses = """
    CREATE TABLE attempts (
      id INTEGER PRIMARY KEY,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      course_id TEXT NOT NULL,
      course_version TEXT NOT NULL,
      content_digest TEXT NOT NULL,
      quiz_id TEXT NOT NULL,
      enrolment INTEGER NOT NULL CHECK (enrolment >= 1),
      attempt_number INTEGER NOT NULL CHECK (attempt_number >= 1),
      seed TEXT NOT NULL,
      realised TEXT NOT NULL CHECK (json_valid(realised)),
      questions TEXT NOT NULL CHECK (json_valid(questions)),
      time_zone TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      deadline_at INTEGER,
      finished_at INTEGER,
      percent_bp INTEGER CHECK (percent_bp BETWEEN 0 AND 10000),
      passed INTEGER CHECK (passed IN (0, 1)),
      grade TEXT CHECK (grade IS NULL OR json_valid(grade)),
      CHECK ((finished_at IS NULL) = (grade IS NULL)),
      UNIQUE (learner_id, course_id, quiz_id, enrolment, attempt_number)
    ) STRICT;
    CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts
      BEGIN SELECT RAISE(ABORT, 'attempts are never deleted'); END;

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
    CREATE TRIGGER responses_no_update BEFORE UPDATE ON responses
      BEGIN SELECT RAISE(ABORT, 'responses are append-only'); END;
    CREATE TRIGGER responses_no_delete BEFORE DELETE ON responses
      BEGIN SELECT RAISE(ABORT, 'responses are append-only'); END;
    """

  /// Completed courses, with the snapshot certificates and board records print, the credit each earned
  /// for a license, and the provider's signed checkpoint of the head that ends with each completion;
  /// all append-only. Checkpoints sit outside the chain (a signature cannot be inside what it signs).
  static let completionsAndCredits = """
    CREATE TABLE completions (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      attempt_id INTEGER UNIQUE REFERENCES attempts(id),
      course_id TEXT NOT NULL,
      course_version TEXT NOT NULL,
      course_title TEXT NOT NULL,
      completed_on TEXT NOT NULL CHECK (completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      completed_at INTEGER,
      time_zone TEXT,
      percent_bp INTEGER CHECK (percent_bp BETWEEN 0 AND 10000),
      snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
    ) STRICT;
    CREATE INDEX completions_by_learner ON completions(learner_id);
    CREATE TRIGGER completions_no_update BEFORE UPDATE ON completions
      BEGIN SELECT RAISE(ABORT, 'completions are append-only'); END;
    CREATE TRIGGER completions_no_delete BEFORE DELETE ON completions
      BEGIN SELECT RAISE(ABORT, 'completions are append-only'); END;

    CREATE TABLE credits (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      completion_id INTEGER NOT NULL REFERENCES completions(id),
      license_id INTEGER NOT NULL REFERENCES licenses(id),
      board TEXT NOT NULL,
      approver TEXT NOT NULL,
      approval_number TEXT NOT NULL,
      minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 60000),
      topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
      sample INTEGER NOT NULL CHECK (sample IN (0, 1)),
      UNIQUE (completion_id, license_id, approver, approval_number)
    ) STRICT;
    CREATE INDEX credits_by_license ON credits(license_id);
    CREATE TRIGGER credits_no_update BEFORE UPDATE ON credits
      BEGIN SELECT RAISE(ABORT, 'credits are append-only'); END;
    CREATE TRIGGER credits_no_delete BEFORE DELETE ON credits
      BEGIN SELECT RAISE(ABORT, 'credits are append-only'); END;

    CREATE TABLE checkpoints (
      seq INTEGER PRIMARY KEY REFERENCES events(seq),
      link TEXT NOT NULL,
      token TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
      BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
    CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
      BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
    """
}
