#!/usr/bin/env python3
"""Recompute every hash and link of a Vigil ledger with nothing but Python's standard library.

    python3 scripts/audit-ledger.py LEDGER.sqlite [--since SEQ:LINK]

Checks, event by event in sequence order (the format is in the README, "The event chain"):
  * sequence numbers run 1, 2, 3... without a gap;
  * the body is RFC 8785 canonical JSON (here: parse it and write it again with sorted keys and no
    spaces; Vigil's bodies hold only strings, integers, booleans and null) and its SHA-256 is event_hash;
  * the envelope members (at, key, kind, seq, stream) are the columns;
  * link = SHA-256(previous link || event_hash), 32 raw bytes each, with 32 zero bytes before event 1;
  * with --since, the event SEQ has that link (the ledger still holds that head).
Then every row of the learners, licenses, completions, credits, (from schema version 2) certificates and
(from schema version 3, a board's tables) trusted_providers, roster_licenses, imported_batches,
provider_heads and board_records tables is compared with the data of the latest event that wrote it (from
schema version 4, a board record is one of the rows of a records.imported/1 event, whose digest covers its
id and hash, and its hash must be the hash of its fields; see audit_board_records), and every event
that wrote a row of those tables must still have its row. The certificate events without a table are checked in chain order: each certificate.revoked/1 must revoke a
certificate number of its completion, with a reason; each certificate.reissued/1 must be a credential of
the edition after the one it supersedes, of the same completion, under a number no other certificate
has, with an id and file name no other credential has; each certificate.superseded/1 must replace a
number of its completion by that next edition, recorded before it; every re-issued edition must have
superseded its predecessor, and no number is both revoked and superseded; each batch.exported/1 must be
keyed by its digest on its board's stream. Exit 0 when all holds, 1 naming the first thing that does not.
"""
import hashlib
import json
import re
import sqlite3
import sys

HASH = re.compile(r"[0-9a-f]{64}")


def canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fail(message):
    print(f"audit: {message}")
    sys.exit(1)


class Latest(dict):
    """The data of the latest event of each record, by label; it remembers the labels the rows asked
    for, so an event whose row is gone is found."""

    def __init__(self):
        super().__init__()
        self.asked = set()

    def get(self, label, default=None):
        self.asked.add(label)
        return super().get(label, default)


def signed_prefix(digest):
    return int.from_bytes(digest[:8], "big", signed=True)


def record_hash(row):
    """SHA-256 of a completion record's canonical form (the README, "The completion record")."""
    hundredths = row["awarded_hundredths"]
    record = {
        "approvalMinutes": row["approval_minutes"], "approvalNumber": row["approval_number"],
        "approver": row["approver"], "awardedHours": hundredths // 100 if hundredths % 100 == 0 else hundredths / 100,
        "board": row["board"], "certificate": row["certificate"], "completedOn": row["completed_on"],
        "courseID": row["course_id"], "courseTitle": row["course_title"], "courseVersion": row["course_version"],
        "kind": row["kind"], "learnerName": row["learner_name"], "licenseNumber": row["license_number"],
        "licenseType": row["license_type"], "topics": json.loads(row["topics"]),
    }
    for member, column in (("reason", "reason"), ("replaces", "replaces")):
        if row[column] is not None:
            record[member] = row[column]
    return hashlib.sha256(canonical(record)).hexdigest()


def range_bounds(stream, key):
    """The first and last row ids a records.imported/1 key names (batch/N/records/FIRST-LAST, in ASCII
    digits without leading zeros), or None."""
    match = re.fullmatch(r"batch/[1-9][0-9]*/records/([1-9][0-9]*)-([1-9][0-9]*)", key, re.ASCII)
    if match is None or not key.startswith(f"{stream}/records/"):
        return None
    first, last = int(match.group(1)), int(match.group(2))
    return (first, last) if first <= last < first + 1000 else None


def is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


BOARD_RECORD_FIELDS = {
    "id": "id", "provider": "provider_id", "batch": "batch_id", "hash": "hash", "kind": "kind",
    "certificate": "certificate", "board": "board", "licenseType": "license_type",
    "licenseNumber": "license_number", "approver": "approver", "approvalNumber": "approval_number",
    "approvalMinutes": "approval_minutes", "awardedHundredths": "awarded_hundredths",
    "completedOn": "completed_on", "courseID": "course_id", "courseTitle": "course_title",
    "courseVersion": "course_version", "learnerName": "learner_name", "reason": "reason",
    "replaces": "replaces", "topics": "topics", "verified": "verified"}


def audit_board_records(db, latest, record_ranges):
    """Every board_records row, in id order, read as a stream: its keys (schema version 4) are the ones
    its values give, and it is covered by exactly one event: a record.imported/1 holding its columns
    (schema version 3), or a records.imported/1 whose range holds its id, of the row's batch, provider
    and verification, with the hash of the row's fields; such an event's digest is SHA-256 over
    "ID HASH\n" for each of its rows in id order, and every id of its range is a row; and no two rows of
    a provider share a hash."""
    batches = {row[0]: (row[1], row[2]) for row in db.execute("SELECT id, provider_id, verified FROM imported_batches")}
    ranges = []
    for seq, stream, key, data in record_ranges:
        bounds = range_bounds(stream, key)
        if bounds is None or set(data) != {"batch", "count", "digest", "first", "last"} \
                or not all(is_integer(data[member]) for member in ("batch", "count", "first", "last")) \
                or not isinstance(data["digest"], str) or not HASH.fullmatch(data["digest"]) \
                or stream != f"batch/{data['batch']}":
            fail(f"event {seq}: a records.imported/1 whose key, stream or data is not one Vigil writes")
        if [data.get("first"), data.get("last"), data.get("count")] != [bounds[0], bounds[1], bounds[1] - bounds[0] + 1]:
            fail(f"event {seq}: its first, last and count disagree with its key")
        ranges.append((bounds[0], bounds[1], seq, data))
    ranges.sort()
    for (_, earlier_last, earlier, _), (first, _, later, _) in zip(ranges, ranges[1:]):
        if first <= earlier_last:
            fail(f"event {later}: it covers board records event {earlier} covers too")
    pending, current, digest, expected = iter(ranges), None, None, None
    upcoming = next(pending, None)

    def close(range_):
        if digest.hexdigest() != range_[3].get("digest"):
            fail(f"event {range_[2]}: its digest is not the one its rows' ids and hashes give")

    cursor = db.execute("SELECT * FROM board_records ORDER BY id")
    names = [column[0] for column in cursor.description]
    for values in cursor:
        row = dict(zip(names, values))
        row_id = row["id"]
        if not isinstance(row["hash"], str) or not HASH.fullmatch(row["hash"]):
            fail(f"board_records row {row_id}: its hash is not 64 lowercase hex digits")
        try:
            topics = json.loads(row["topics"])
        except (TypeError, ValueError):
            topics = None
        if not (isinstance(topics, list) and all(isinstance(topic, str) for topic in topics)):
            fail(f"board_records row {row_id}: its topics are not a JSON array of texts")
        if "hash_key" in row:
            identity = "".join(f"{value}\x1f" for value in [
                row["provider_id"], row["certificate"], row["board"], row["license_type"], row["license_number"],
                row["approver"], row["approval_number"], row["kind"]])
            if row["hash_key"] != signed_prefix(bytes.fromhex(row["hash"])) \
                    or row["identity_key"] != signed_prefix(hashlib.sha256(identity.encode("utf-8")).digest()):
                fail(f"board_records row {row_id}: its hash key or identity key is not the one its values give")
        data = latest.get(f"board-record/{row_id}")
        if data is not None:
            for member, column in BOARD_RECORD_FIELDS.items():
                value = json.loads(row[column]) if column == "topics" else bool(row[column]) if column == "verified" else row[column]
                if data.get(member) != value:
                    fail(f"board_records row {row_id} does not match its latest event")
            continue
        if current is not None and row_id > current[1]:
            fail(f"event {current[2]}: board_records row {expected} is missing")
        if current is None and upcoming is not None and upcoming[0] <= row_id:
            current, upcoming = upcoming, next(pending, None)
            digest, expected = hashlib.sha256(), current[0]
        if current is None or not current[0] <= row_id <= current[1]:
            fail(f"board_records row {row_id} has no event in the chain")
        if row_id != expected:
            fail(f"event {current[2]}: board_records row {expected} is missing")
        if f"batch/{row['batch_id']}" != f"batch/{current[3].get('batch')}" \
                or batches.get(row["batch_id"]) != (row["provider_id"], row["verified"]):
            fail(f"board_records row {row_id}: its batch, provider or verification is not its event's")
        if record_hash(row) != row["hash"]:
            fail(f"board_records row {row_id}: its hash is not the hash of its fields")
        digest.update(f"{row_id} {row['hash']}\n".encode("utf-8"))
        expected += 1
        if row_id == current[1]:
            close(current)
            current = None
    for range_ in ([current] if current else []) + ([upcoming] if upcoming else []) + list(pending):
        fail(f"event {range_[2]}: board_records row {expected if range_ is current else range_[0]} is missing")
    # No two records of a provider share a hash (SQLite groups them, so memory stays flat).
    shared = db.execute(
        "SELECT max(id) FROM board_records GROUP BY provider_id, hash HAVING count(*) > 1 ORDER BY max(id) LIMIT 1"
    ).fetchone()
    if shared is not None:
        fail(f"board_records row {shared[0]}: its provider already has a record with its hash")


def audit(path, since=None):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    previous = bytes(32)
    expected = 1
    latest = Latest()
    certificate_events = []
    record_ranges = []  # (seq, stream, key, data) of each records.imported/1
    head = None
    for seq, stream, kind, key, at, body, event_hash, link in db.execute(
        "SELECT seq, stream, kind, key, at, body, event_hash, link FROM events ORDER BY seq"
    ):
        raw = body.encode("utf-8")
        if seq != expected:
            fail(f"event {seq}: expected event {expected} (events were deleted)")
        if hashlib.sha256(raw).hexdigest() != event_hash:
            fail(f"event {seq}: its body does not hash to its event_hash")
        event = json.loads(body)
        if canonical(event) != raw:
            fail(f"event {seq}: its body is not in canonical form")
        if [event["at"], event["key"], event["kind"], event["seq"], event["stream"]] != [at, key, kind, seq, stream]:
            fail(f"event {seq}: its columns do not agree with its body")
        if hashlib.sha256(previous + bytes.fromhex(event_hash)).hexdigest() != link:
            fail(f"event {seq}: its link is not SHA-256(previous link || event hash)")
        if since and since[0] == seq and since[1] != link:
            fail(f"event {seq}: its link is not the head {since[0]}:{since[1]}: the history was rewritten")
        family = kind.split(".")[0]
        if kind == "learner.accommodated/1":
            data = event["data"]
            if not (isinstance(data.get("extraTimePercent"), int) and 0 <= data["extraTimePercent"] <= 400
                    and stream == f"learner/{data.get('learner')}"):
                fail(f"event {seq}: an accommodation outside 0 to 400 percent, or on another learner's stream")
        elif kind in ("certificate.revoked/1", "certificate.reissued/1", "certificate.superseded/1"):
            certificate_events.append((seq, kind, key, stream, at, event["data"]))
        elif kind == "batch.exported/1":
            data = event["data"]
            if not (key == f"export/{data.get('digest')}" and stream == f"board/{data.get('board')}"
                    and isinstance(data.get("records"), int) and data["records"] >= 0):
                fail(f"event {seq}: an export whose key is not its digest, or whose stream is not its board")
        elif kind == "records.imported/1":
            record_ranges.append((seq, stream, key, event["data"]))
        elif family in ("credit", "certificate", "head", "record"):
            latest[key] = event["data"]
        elif family in ("learner", "license", "completion", "provider", "roster", "batch"):
            latest[stream] = event["data"]
        previous = bytes.fromhex(link)
        head = (seq, link)
        expected += 1
    if since and (head is None or since[0] > head[0]):
        fail(f"the chain ends before the head {since[0]}:{since[1]}: events were cut off")

    def rows(sql):
        cursor = db.execute(sql)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    for row in rows("SELECT id, name, email FROM learners"):
        data = latest.get(f"learner/{row['id']}")
        if data is None or [data["name"], data["email"]] != [row["name"], row["email"]]:
            fail(f"learners row {row['id']} does not match its latest event")
    for row in rows("SELECT id, board, type, number, expires, attributes FROM licenses"):
        data = latest.get(f"license/{row['id']}")
        fields = ["board", "type", "number", "expires"]
        if data is None or [data[f] for f in fields] + [data["attributes"]] != [row[f] for f in fields] + [
            json.loads(row["attributes"])
        ]:
            fail(f"licenses row {row['id']} does not match its latest event")
    for row in rows("SELECT id, number, learner_id, completed_on, snapshot FROM completions"):
        data = latest.get(f"completion/{row['id']}")
        if data is None or [data["number"], data["learner"], data["completedOn"], data["snapshot"]] != [
            row["number"], row["learner_id"], row["completed_on"], json.loads(row["snapshot"])
        ]:
            fail(f"completions row {row['id']} does not match its event")
    for row in rows("SELECT id, key, license_id, approver, approval_number, minutes, sample FROM credits"):
        data = latest.get(f"credit/{row['key']}")
        if data is None or [data["license"], data["approver"], data["approvalNumber"], data["minutes"],
                            data["sample"]] != [row["license_id"], row["approver"], row["approval_number"],
                                                row["minutes"], bool(row["sample"])]:
            fail(f"credits row {row['id']} does not match its event")
    certificates = "SELECT id, number, completion_id, license_id, credential_id, file_name, token FROM certificates"
    has_certificates = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'certificates'").fetchone()
    for row in rows(certificates) if has_certificates else []:
        data = latest.get(f"certificate/{row['credential_id']}")
        fields = ["id", "number", "completion", "license", "credential", "file", "token"]
        if data is None or [data[f] for f in fields] != list(row.values()):
            fail(f"certificates row {row['id']} does not match its event")
    has_board = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'board_records'").fetchone()
    board_tables = [
        ("trusted_providers", "provider/{id}", {"id": "id", "name": "name", "keySet": "key_set",
                                                 "trustedAt": "trusted_at", "removedAt": "removed_at"}),
        ("roster_licenses", "roster/{id}", {"id": "id", "board": "board", "type": "type", "number": "number",
                                             "holder": "holder_name", "expires": "expires", "issued": "issued",
                                             "attributes": "attributes"}),
        ("imported_batches", "batch/{id}", {"id": "id", "provider": "provider_id", "digest": "digest",
                                             "format": "format", "verified": "verified", "records": "record_count",
                                             "added": "added_count", "unchanged": "unchanged_count",
                                             "importedAt": "imported_at"}),
        ("provider_heads", "provider-head/{id}", {"id": "id", "provider": "provider_id", "sequence": "sequence",
                                                   "link": "link", "batch": "batch_id"}),
    ]
    json_columns = {"key_set", "attributes", "topics"}
    flag_columns = {"verified"}
    if has_board:
        audit_board_records(db, latest, record_ranges)
    for table, label, fields in board_tables if has_board else []:
        for row in rows(f"SELECT * FROM {table}"):
            data = latest.get(label.format(id=row["id"]))
            values = {
                member: json.loads(row[column]) if column in json_columns
                else bool(row[column]) if column in flag_columns else row[column]
                for member, column in fields.items()
            }
            if data is None or any(data.get(member) != value for member, value in values.items()):
                fail(f"{table} row {row['id']} does not match its latest event")
    for label in latest:
        if label not in latest.asked:
            fail(f"the row the latest event of {label} wrote is missing: it was deleted behind the ledger's back")
    editions = {}  # number -> [completion, edition, supersedes, learnerName, licenses]
    credentials, files = set(), set()
    for row in rows(certificates) if has_certificates else []:
        editions.setdefault(row["number"], [row["completion_id"], 1, None, None, set()])[4].add(row["license_id"])
        credentials.add(row["credential_id"])
        files.add(row["file_name"])
    learners = {row["id"]: row["learner_id"] for row in rows("SELECT id, learner_id FROM licenses")}
    learners_of_completions = {row["id"]: row["learner_id"] for row in rows("SELECT id, learner_id FROM completions")}
    superseded, revoked = set(), set()
    members = {
        "certificate.revoked/1": {"completion", "number", "reason", "revokedAt"},
        "certificate.reissued/1": {"completion", "credential", "edition", "file", "learnerName", "license", "number",
                                   "supersedes", "token"},
        "certificate.superseded/1": {"completion", "number", "supersededAt", "supersededBy"},
    }
    for seq, kind, key, stream, at, data in certificate_events:
        if set(data) != members[kind]:
            fail(f"event {seq}: a {kind} whose data members are not the ones Vigil writes")
        if stream != f"completion/{data['completion']}":
            fail(f"event {seq}: a {kind} on another stream than its completion's")
        number, completion = data.get("number"), data.get("completion")
        if kind == "certificate.revoked/1":
            if not (isinstance(data.get("reason"), str) and data["reason"].strip() and key == f"revocation/{number}"):
                fail(f"event {seq}: a revocation without a reason, or whose key is not its certificate's")
            if editions.get(number, [None])[0] != completion:
                fail(f"event {seq}: it revokes {number}, which is not a certificate of completion {completion}")
            if number in superseded:
                fail(f"event {seq}: it revokes {number}, which was superseded")
            revoked.add(number)
        elif kind == "certificate.reissued/1":
            supersedes, edition = data.get("supersedes"), data.get("edition")
            if key != f"reissue/{data.get('credential')}" or not isinstance(edition, int) or edition < 2 \
                    or not isinstance(number, str) or len(number) != 17 or number == supersedes:
                fail(f"event {seq}: a re-issued credential whose key, edition or number is not one Vigil writes")
            if editions.get(supersedes, [None, None])[:2] != [completion, edition - 1]:
                fail(f"event {seq}: it supersedes {supersedes}, which is not edition {edition - 1} of completion {completion}")
            if supersedes in superseded or supersedes in revoked:
                fail(f"event {seq}: it supersedes {supersedes}, which was already superseded or revoked")
            if data["credential"] in credentials or data["file"] in files:
                fail(f"event {seq}: its credential id or file name is another credential's")
            credentials.add(data["credential"])
            files.add(data["file"])
            if data["license"] is not None and learners.get(data["license"]) != learners_of_completions.get(completion):
                fail(f"event {seq}: it names license {data['license']}, which is not the completion's learner's")
            known = editions.setdefault(number, [completion, edition, supersedes, data["learnerName"], set()])
            if known[:4] != [completion, edition, supersedes, data["learnerName"]] or data["license"] in known[4]:
                fail(f"event {seq}: its number {number} is another certificate's, or its edition's credentials disagree")
            known[4].add(data["license"])
        else:
            successor = data.get("supersededBy")
            if key != f"supersession/{number}" or data.get("supersededAt") != at:
                fail(f"event {seq}: a supersession whose key or time is not its own")
            old, new = editions.get(number), editions.get(successor)
            if old is None or old[0] != completion:
                fail(f"event {seq}: it supersedes {number}, which is not a certificate of completion {completion}")
            if new is None or new[:3] != [completion, old[1] + 1, number]:
                fail(f"event {seq}: it names {successor} as the successor of {number}, which was not re-issued for it")
            if number in revoked:
                fail(f"event {seq}: it supersedes {number}, which was revoked")
            superseded.add(number)
    for number, (_, _, supersedes, _, _) in sorted(editions.items()):
        if supersedes is not None and supersedes not in superseded:
            fail(f"certificate {number} was re-issued for {supersedes}, which no certificate.superseded event replaces")
    print(f"audit: {expected - 1} events verify; head {head[0]}:{head[1]}" if head else "audit: no events")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    since = None
    if len(arguments) == 3 and arguments[1] == "--since":
        number, _, link = arguments[2].partition(":")
        since = (int(number), link)
        arguments = arguments[:1]
    if len(arguments) != 1:
        print(__doc__.strip().splitlines()[2].strip())
        sys.exit(2)
    try:
        audit(arguments[0], since)
    except sqlite3.Error as error:
        fail(f"the ledger cannot be read: {error}")
