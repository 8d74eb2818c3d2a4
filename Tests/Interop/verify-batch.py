#!/usr/bin/env python3
"""An independent check of a Vigil completion batch, as a board could write it without Vigil.

    python3 Tests/Interop/verify-batch.py JWKS.json BATCH FORMAT

FORMAT is xml, jsonl or csv. joserfc verifies BATCH.jws, the detached ES256 JWS with an unencoded
payload (RFC 7797) over the batch's exact bytes, with the provider's JWK Set; the signature is checked
a second time with `cryptography` over SHA-256(HEADER "." bytes). Then every record's hash is
recomputed from its fields (RFC 8785 canonical JSON: sorted keys, no spaces) and compared. For CSV
the file is read with Python's csv module and exactly one leading apostrophe is removed from a cell
that starts with ' and whose first character other than ' is = + - @ tab or CR (Vigil's formula
neutralisation). Prints
`ok N records` and the learner names as JSON, or fails naming the first problem.
"""
import base64
import csv
import hashlib
import json
import sys
import xml.etree.ElementTree as ElementTree

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from joserfc import jws
from joserfc.jwk import KeySet

NS = "{urn:vigil:completion-batch:1}"


def fail(message):
    print(f"verify-batch: {message}")
    sys.exit(1)


def b64decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hours(text):
    value = float(text)
    return int(value) if value == int(value) else value


def check_signature(jwks, payload, token):
    keys = KeySet.import_key_set(jwks)
    try:
        jws.deserialize_compact(token, keys, algorithms=["ES256"], payload=payload)
    except Exception as error:  # joserfc raises several kinds
        fail(f"joserfc refuses the signature: {error!r}")
    header_part, empty, signature_part = token.split(".")
    if empty:
        fail("the token carries a payload; a detached signature leaves it empty")
    header = json.loads(b64decode(header_part))
    if header != {"alg": "ES256", "b64": False, "crit": ["b64"], "kid": header["kid"], "typ": "vigil-batch+jws"}:
        fail(f"unexpected header {header}")
    jwk = next(key for key in jwks["keys"] if key["kid"] == header["kid"])
    public = ec.EllipticCurvePublicNumbers(
        int.from_bytes(b64decode(jwk["x"]), "big"), int.from_bytes(b64decode(jwk["y"]), "big"), ec.SECP256R1()
    ).public_key()
    raw = b64decode(signature_part)
    signature = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    public.verify(signature, header_part.encode() + b"." + payload, ec.ECDSA(hashes.SHA256()))


def records_of_xml(payload):
    root = ElementTree.fromstring(payload)
    records = []
    for element in root.find(f"{NS}records"):
        license, course, approval = element.find(f"{NS}license"), element.find(f"{NS}course"), element.find(f"{NS}approval")
        fields = {
            "kind": element.get("kind"), "certificate": element.get("certificate"),
            "learnerName": element.findtext(f"{NS}learnerName"), "board": license.get("board"),
            "licenseType": license.get("type"), "licenseNumber": license.get("number"), "courseID": course.get("id"),
            "courseVersion": course.get("version"), "courseTitle": course.text, "approver": approval.get("approver"),
            "approvalNumber": approval.get("number"), "approvalMinutes": int(approval.get("minutes")),
            "awardedHours": hours(element.findtext(f"{NS}awardedHours")),
            "completedOn": element.findtext(f"{NS}completedOn"),
            "topics": sorted(topic.text for topic in element.findall(f"{NS}topic")),
        }
        for optional in ("replaces", "reason"):
            if element.find(f"{NS}{optional}") is not None:
                fields[optional] = element.findtext(f"{NS}{optional}")
        records.append((fields, element.get("hash")))
    if int(root.findtext(f"{NS}count")) != len(records):
        fail("the count does not match the records")
    return records


def records_of_jsonl(payload):
    records = []
    for line in payload.decode("utf-8").splitlines():
        fields = json.loads(line)
        records.append((fields, fields.pop("hash")))
    return records


def unneutralised(cell):
    # Vigil writes one more ' before a value whose first character other than ' is = + - @ tab or CR.
    rest = cell.lstrip("'")
    return cell[1:] if cell.startswith("'") and rest[:1] and rest[0] in "=+-@\t\r" else cell


def records_of_csv(payload):
    rows = list(csv.reader(payload.decode("utf-8").splitlines(keepends=True)))
    header, records = rows[0], []
    for row in rows[1:]:
        cell = dict(zip(header, (unneutralised(value) for value in row)))
        fields = {
            "kind": cell["kind"], "certificate": cell["certificate"], "learnerName": cell["learner_name"],
            "board": cell["board"], "licenseType": cell["license_type"], "licenseNumber": cell["license_number"],
            "courseID": cell["course_id"], "courseVersion": cell["course_version"], "courseTitle": cell["course_title"],
            "approver": cell["approver"], "approvalNumber": cell["approval_number"],
            "approvalMinutes": int(cell["approval_minutes"]), "awardedHours": hours(cell["awarded_hours"]),
            "completedOn": cell["completed_on"], "topics": cell["topics"].split(";") if cell["topics"] else [],
        }
        for optional in ("replaces", "reason"):
            if cell[optional]:
                fields[optional] = cell[optional]
        records.append((fields, cell["hash"]))
    return records


def main():
    jwks_path, batch_path, form = sys.argv[1:4]
    with open(jwks_path) as file:
        jwks = json.load(file)
    with open(batch_path, "rb") as file:
        payload = file.read()
    with open(batch_path + ".jws") as file:
        check_signature(jwks, payload, file.read().strip())
    records = {"xml": records_of_xml, "jsonl": records_of_jsonl, "csv": records_of_csv}[form](payload)
    for index, (fields, claimed) in enumerate(records, 1):
        canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        if hashlib.sha256(canonical).hexdigest() != claimed:
            fail(f"record {index}: its hash is not SHA-256 of its canonical fields")
    print(f"ok {len(records)} records")
    print(json.dumps([fields["learnerName"] for fields, _ in records], ensure_ascii=False))


main()
