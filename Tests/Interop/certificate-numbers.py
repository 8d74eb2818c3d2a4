"""Certificate numbers and status-list indexes, derived as the README describes them, independently of
Vigil's code: SipHash-2-4 written out from the paper (Aumasson and Bernstein, 2012), a four-round Feistel
network over two halves, cycle walking, Crockford base 32 and a Luhn mod 32 check character.

    certificate-numbers.py numbers LEDGER_ID COMPLETION[:EDITION]...   one VC-XXXX-XXXX-XXXX per line
    certificate-numbers.py indexes LEDGER_ID POSITION...               one status-list index per line
"""

import hashlib
import sys

MASK64 = 2**64 - 1
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rotl(word, count):
    return (word << count | word >> (64 - count)) & MASK64


def siphash24(key, message):
    k0, k1 = int.from_bytes(key[:8], "little"), int.from_bytes(key[8:16], "little")
    v = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D, k0 ^ 0x6C7967656E657261, k1 ^ 0x7465646279746573]

    def sipround():
        v[0] = (v[0] + v[1]) & MASK64; v[1] = rotl(v[1], 13) ^ v[0]; v[0] = rotl(v[0], 32)
        v[2] = (v[2] + v[3]) & MASK64; v[3] = rotl(v[3], 16) ^ v[2]
        v[0] = (v[0] + v[3]) & MASK64; v[3] = rotl(v[3], 21) ^ v[0]
        v[2] = (v[2] + v[1]) & MASK64; v[1] = rotl(v[1], 17) ^ v[2]; v[2] = rotl(v[2], 32)

    whole = len(message) // 8 * 8
    words = [int.from_bytes(message[i:i + 8], "little") for i in range(0, whole, 8)]
    words.append(len(message) % 256 << 56 | int.from_bytes(message[whole:], "little"))
    for word in words:
        v[3] ^= word
        sipround(); sipround()
        v[0] ^= word
    v[2] ^= 0xFF
    for _ in range(4):
        sipround()
    return v[0] ^ v[1] ^ v[2] ^ v[3]


def permutation(label, ledger, bits):
    key = hashlib.sha256((label + ledger).encode()).digest()[:16]
    half = (bits + 1) // 2
    mask = 2**half - 1

    def encrypt(value):
        left, right = value >> half & mask, value & mask
        for r in range(4):
            left, right = right, left ^ (siphash24(key, bytes([r]) + right.to_bytes(4, "big")) & mask)
        return left << half | right

    def apply(value):
        value = encrypt(value)
        while value >= 2**bits:
            value = encrypt(value)
        return value

    return apply


def number_text(value):
    symbols = [value >> (5 * (10 - i)) & 31 for i in range(11)]
    total, factor = 0, 2
    for symbol in reversed(symbols):
        weighted = factor * symbol
        total += weighted // 32 + weighted % 32
        factor = 1 if factor == 2 else 2
    text = "".join(ALPHABET[s] for s in symbols + [(32 - total % 32) % 32])
    return f"VC-{text[0:4]}-{text[4:8]}-{text[8:12]}"


def main(kind="", ledger="", *values):
    if kind == "numbers" and ledger:
        numbers = permutation("vigil-certificate-number:", ledger, 55)
        for argument in values:
            completion, _, edition = argument.partition(":")
            print(number_text(numbers((int(edition or 1) - 1) * 2**40 + int(completion))))
    elif kind == "indexes" and ledger:
        indexes = permutation("vigil-status-index:", ledger, 17)
        for position in values:
            print(indexes(int(position)))
    else:
        sys.exit(f"usage: {sys.argv[0]} numbers|indexes LEDGER_ID VALUE...")


if __name__ == "__main__":
    main(*sys.argv[1:])
