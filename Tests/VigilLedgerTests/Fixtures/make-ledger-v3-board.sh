#!/usr/bin/env bash
# Writes Fixtures/ledger-v3-board.sqlite with the vigil binary of schema version 3 (a board's ledger
# whose records each have a record.imported/1 event): a trusted provider, a roster of two, and one
# unsigned JSON Lines batch of three records, one of them a revocation of another. Run once, with a
# version-3 binary; afterwards the file is frozen, and FixtureLedgerTests pins its head (the last
# line's output).
#   usage: Tests/VigilLedgerTests/Fixtures/make-ledger-v3-board.sh PATH-TO-VERSION-3-VIGIL
set -euo pipefail
vigil=${1:?usage: make-ledger-v3-board.sh PATH-TO-VIGIL}
here=$(cd "$(dirname "$0")" && pwd)
boards="$here/../../../Boards"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$vigil" keys init --home "$work/provider" >/dev/null
"$vigil" keys export --home "$work/provider" --out "$work/provider.jwks" >/dev/null
"$vigil" board trust add "$work/provider.jwks" --name acme-ce --home "$work/board" >/dev/null
printf 'board,license_type,license_number,holder_name,expires,issued,attributes\r\n%s\r\n%s\r\n' \
  "tx-bon,RN,100001,Ana María Díaz,2027-01-31,,direct-patient-care" "tx-bon,LVN,200001,王芳,2027-01-31,2025-03-01," \
  >"$work/roster.csv"
"$vigil" board roster import "$work/roster.csv" --home "$work/board" --boards "$boards" >/dev/null
# Each record's hash is SHA-256 of its RFC 8785 form without the hash (the README's record fields).
python3 - "$work/records.jsonl" <<'PY'
import hashlib, json, sys
def line(record):
    text = lambda value: json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    record["hash"] = hashlib.sha256(text(record).encode()).hexdigest()
    return text(record)
base = {"approvalMinutes": 120, "approvalNumber": "P0607", "approver": "ANCC", "awardedHours": 2, "board": "tx-bon",
        "completedOn": "2026-03-02", "courseID": "human-trafficking-healthcare",
        "courseTitle": "Human Trafficking in Health Care", "courseVersion": "1.0", "kind": "completion",
        "topics": ["human-trafficking"]}
ana = dict(base, certificate="7K3Q-M2XD-4HJH-0001", learnerName="Ana María Díaz", licenseNumber="100001", licenseType="RN")
wang = dict(base, certificate="7K3Q-M2XD-4HJH-0002", learnerName="王芳", licenseNumber="200001", licenseType="LVN")
first = [line(ana), line(wang)]
revocation = dict(wang, kind="revocation", reason="issued in error", replaces=json.loads(first[1])["hash"])
revocation.pop("hash")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("\n".join(first + [line(revocation)]) + "\n")
PY
"$vigil" board import "$work/records.jsonl" --board tx-bon --unsigned --provider acme-ce --home "$work/board" \
  --boards "$boards" >/dev/null
sqlite3 "$work/board/ledger.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
"$vigil" ledger verify --home "$work/board" >/dev/null
cp "$work/board/ledger.sqlite" "$here/ledger-v3-board.sqlite"
"$vigil" ledger head --home "$work/board"
