#!/usr/bin/env bash
# Writes Fixtures/ledger-v1.sqlite with the vigil binary (schema version 1): three learners, one
# corrected; two licenses, one renewed. Run once, before version 1 is released; afterwards the file is
# frozen, and FixtureLedgerTests pins its head (print it with the last line's output).
#   usage: Tests/VigilLedgerTests/Fixtures/make-ledger-v1.sh .build/debug/vigil
set -euo pipefail
vigil=${1:?usage: make-ledger-v1.sh PATH-TO-VIGIL}
here=$(cd "$(dirname "$0")" && pwd)
boards="$here/../../../Boards"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
"$vigil" learner add --home "$home" --name "Ana María Díaz" --email ana@example.org --birthday 02-29 >/dev/null
"$vigil" learner add --home "$home" --name "王芳" >/dev/null
"$vigil" learner add --home "$home" --name "أحمد الفارس" >/dev/null
"$vigil" learner update 2 --home "$home" --email wang@example.org >/dev/null
"$vigil" learner license add --home "$home" --learner 1 --board tx-bon --type RN --number 123456 \
  --expires 2027-01-31 --attribute direct-patient-care --boards "$boards" >/dev/null
"$vigil" learner license add --home "$home" --learner 2 --board fl-bon --type RN --number RN9876 \
  --expires 2027-04-30 --boards "$boards" >/dev/null
"$vigil" learner license update --home "$home" --license tx-bon:RN:123456 --expires 2029-01-31 --boards "$boards" >/dev/null
sqlite3 "$home/ledger.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
"$vigil" ledger verify --home "$home" >/dev/null
cp "$home/ledger.sqlite" "$here/ledger-v1.sqlite"
"$vigil" ledger head --home "$home"
