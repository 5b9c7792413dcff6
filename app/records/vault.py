"""Personal data at rest: AES-GCM encryption of ID numbers and the keyed hash (HMAC-SHA256) that finds one without
decrypting anything, both from the one key in RECORDS_KEY (app.config).

Two keys are derived from it with HKDF, one per purpose, so the lookup hash reveals nothing about the encryption
key and the reverse. Each ciphertext is bound to its row by the associated data (`context`), so one copied into
another row does not decrypt there. Layout: a version byte, the 12-byte nonce, then the ciphertext and its tag.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app

VERSION = b"\x01"
NONCE_BYTES = 12


class VaultError(RuntimeError):
    """A ciphertext that does not decrypt under this key and context (another key, another row, or tampered)."""


@lru_cache(maxsize=4)
def _keys(raw: str) -> tuple[bytes, bytes]:
    master = base64.b64decode(raw, validate=True)
    if len(master) != 32:
        raise RuntimeError(f"RECORDS_KEY must be 32 bytes of base64, not {len(master)} bytes")

    def derive(purpose: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(master)

    return derive(b"records: id number encryption v1"), derive(b"records: id number lookup v1")


def _current() -> tuple[bytes, bytes]:
    return _keys(current_app.config["RECORDS_KEY"])


def encrypt(plaintext: str, *, context: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return VERSION + nonce + AESGCM(_current()[0]).encrypt(nonce, plaintext.encode(), context.encode())


def decrypt(blob: bytes, *, context: str) -> str:
    blob = bytes(blob)
    if blob[:1] != VERSION:
        raise VaultError("unknown ciphertext version")
    nonce, sealed = blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
    try:
        return AESGCM(_current()[0]).decrypt(nonce, sealed, context.encode()).decode()
    except InvalidTag:
        raise VaultError("the ciphertext does not decrypt under this key and context") from None


def lookup_hash(value: str) -> str:
    """The keyed hash that makes a value unique without storing it: without the key, no list of the billion
    possible ID numbers can be hashed to find one."""
    return hmac.new(_current()[1], value.encode(), hashlib.sha256).hexdigest()
