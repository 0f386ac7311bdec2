"""Guard that keeps secrets out of the database: passwords and tokens belong in the keyring only."""

from __future__ import annotations

import re

_SECRET_LIKE = re.compile(
    r"passw(or)?d|passphrase|pwd|token|secret|credential|api[_-]?key|private[_-]?key",
    re.IGNORECASE,
)
MAX_KEY_LENGTH = 64


def is_secret_like(key: str) -> bool:
    """True for names like password/token/secret, which must never be written to disk."""
    return bool(_SECRET_LIKE.search(key))


def check_key(key: object) -> str:
    """Return `key` if it is a storable field name, else raise ValueError (programming error)."""
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH:
        raise ValueError(f"field key must be a non-empty string of at most {MAX_KEY_LENGTH} characters: {key!r}")
    if is_secret_like(key):
        raise ValueError(f"refusing to store {key!r}: secrets live in the keyring, never in the database")
    return key


def check_value(key: str, value: object) -> str:
    """Return `value` if it is text, else raise ValueError (the store keeps what the user typed)."""
    if not isinstance(value, str):
        raise ValueError(f"value for {key!r} must be a string, got {type(value).__name__}")
    return value
