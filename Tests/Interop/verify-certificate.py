#!/usr/bin/env python3
"""An independent check of a Vigil certificate, as a board or an employer could write it.

    python3 Tests/Interop/verify-certificate.py JWKS.json CERTIFICATE.jwt

joserfc verifies the compact JWS (ES256 only) with the provider's published JWK Set, then the Open
Badges 3.0 VC-JWT rules are checked: the contexts in order, the types, iss/jti/nbf/sub against the
credential, the credit against the board's hours, the ids as UUIDv5 in the issuing ledger's namespace,
the certificate number's Luhn mod 32 check character (and that of the number a re-issued edition
supersedes), the carried ledger checkpoint (signed by the same key), and that the payload is RFC 8785
canonical JSON. Exit 0 printing one line, or fail.
"""
import json
import sys
import uuid
from datetime import datetime, timezone

from joserfc import jws
from joserfc.jwk import KeySet

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def luhn_valid(symbols):
    total, factor = 0, 1
    for symbol in reversed(symbols):
        weighted = factor * ALPHABET.index(symbol)
        total += weighted // 32 + weighted % 32
        factor = 2 if factor == 1 else 1
    return total % 32 == 0


keys = KeySet.import_key_set(json.load(open(sys.argv[1])))
token = open(sys.argv[2]).read()
result = jws.deserialize_compact(token, keys, algorithms=["ES256"])
assert result.protected["typ"] == "JWT", result.protected
raw = result.payload
claims = json.loads(raw)
assert json.dumps(claims, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() == raw, "not canonical"

assert claims["@context"] == [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
], claims["@context"]
assert "VerifiableCredential" in claims["type"] and "OpenBadgeCredential" in claims["type"]
subject = claims["credentialSubject"]
achievement = subject["achievement"]
assert claims["iss"] == claims["issuer"]["id"] and "Profile" in claims["issuer"]["type"]
assert claims["jti"] == claims["id"]
assert claims["sub"] == subject["id"] and "AchievementSubject" in subject["type"]
valid_from = datetime.strptime(claims["validFrom"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
assert claims["nbf"] == int(valid_from.timestamp())
assert achievement["achievementType"] == "CertificateOfCompletion" and "Achievement" in achievement["type"]

vigil = claims["vigil"]
ledger = uuid.UUID(claims["issuer"]["id"].removeprefix("urn:uuid:"))
license_name = vigil["license"] or "-"
completion_id = vigil["completion"].split("/")[1]
edition = vigil.get("edition", 1)
assert (edition > 1) == ("supersedes" in vigil), "only a re-issued edition names the certificate it supersedes"
edition_path = f"edition-{edition}/" if edition > 1 else ""
assert claims["id"] == f"urn:uuid:{uuid.uuid5(ledger, f'credential/{completion_id}/{edition_path}{license_name}')}"
if edition > 1 and "credentialStatus" in claims:
    assert claims["credentialStatus"]["statusListCredential"].endswith(f"-{edition}"), "not its edition's list"
assert achievement["id"] == f"urn:uuid:{uuid.uuid5(ledger, 'achievement/' + achievement['humanCode'] + '/' + achievement['version'])}"
number = vigil["certificateNumber"]
assert number.startswith("VC-") and luhn_valid(number[3:].replace("-", "")), number
if edition > 1:
    old = vigil["supersedes"]
    assert old != number and old.startswith("VC-") and luhn_valid(old[3:].replace("-", "")), old
board = vigil["board"]
expected = round(vigil["countedMinutes"] / board["minutesPerHour"], 2)
assert abs(subject["creditsEarned"] - expected) < 1e-9, (subject["creditsEarned"], expected)
assert subject["licenseNumber"] == vigil["license"].split(":")[2]
if vigil["sample"]:
    assert claims["name"].startswith("SAMPLE:") and subject["creditsEarned"] == 0

checkpoint = jws.deserialize_compact(vigil["checkpoint"], keys, algorithms=["ES256"])
assert checkpoint.protected["typ"] == "vigil-checkpoint+jws"
assert checkpoint.protected["kid"] == result.protected["kid"], "the checkpoint is signed by another key"
head = json.loads(checkpoint.payload)
assert len(head["link"]) == 64 and head["sequence"] > 0

print(f"certificate verifies with joserfc: {number} {subject['identifier'][0]['identityHash']} {claims['name']}")
