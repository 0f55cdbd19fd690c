"""Password policy and hashing at rest for the emulator's users.

The policy the emulator enforces is the platform's (its user administration states it; the spec's
user schema still says 6 to 32 characters, the platform has asked for 8 since 10.x): a password
has 8 to 32 characters, each an ASCII letter, a digit or one of the symbols in
:data:`PASSWORD_SYMBOLS`. Anything else is answered 422 naming the rule, never the password.

Passwords are kept only as PBKDF2-HMAC-SHA256 digests with a random 16-byte salt per user,
written ``pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>``; the iteration count travels with
the digest, so raising :data:`ITERATIONS` later keeps old digests verifiable.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import string
import threading

from c8y_emulator.errors import ApiError, invalid_data

ITERATIONS = 100_000
MIN_LENGTH = 8
MAX_LENGTH = 32
PASSWORD_SYMBOLS = "`~!@#$%^&*()_|+-=?;:'\",.<>{}[]\\/"
_ALLOWED = frozenset(string.ascii_letters + string.digits + PASSWORD_SYMBOLS)
_SCHEME = "pbkdf2_sha256"


def policy_error(area: str, password: object, name: str = "password") -> ApiError | None:
    """Return the 422 for a password breaking the policy, or None when it complies.

    The message states the rule and never repeats the password.
    """
    rule = (
        f"Field {name} must have {MIN_LENGTH} to {MAX_LENGTH} characters: ASCII letters, digits "
        f"and the symbols {PASSWORD_SYMBOLS}"
    )
    if not isinstance(password, str):
        return invalid_data(area, f"{rule}; got a {type(password).__name__}")
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH or not set(password) <= _ALLOWED:
        return invalid_data(area, rule)
    return None


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """Return the storable digest of ``password`` (a fresh random salt unless given)."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"{_SCHEME}${ITERATIONS}${salt.hex()}${digest.hex()}"


@functools.lru_cache(maxsize=64)
def configured_hash(username: str, password: str) -> str:
    """Digest of a configured (not API-set) password, computed once per process and user.

    Every test app re-creates the administrator and the seed users; hashing their passwords
    once keeps that cheap. The salt is still random (per user name within the process).
    """
    return hash_password(password)


def verify_password(password: str, stored: str) -> bool:
    """Tell whether ``password`` matches the stored digest (constant-time comparison)."""
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
        rounds = int(iterations)
    except ValueError:
        return False
    if scheme != _SCHEME:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds)
    return hmac.compare_digest(digest, expected)


class VerifiedLogins:
    """Remembers which passwords matched which stored digest, to spare the slow hash.

    Keys are a keyed digest of the sent password (a secret of this process), never the
    password; a stored digest that changed (a new password) no longer matches its entry.
    """

    def __init__(self, size: int = 1024) -> None:
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)
        self._size = size
        self._matched: dict[tuple[str, bytes], str] = {}

    def check(self, username: str, password: str, stored: str) -> bool:
        """Tell whether ``password`` matches ``stored`` (the digest of ``username``)."""
        key = (username, hmac.digest(self._key, password.encode(), hashlib.sha256))
        with self._lock:
            if self._matched.get(key) == stored:
                return True
        if not verify_password(password, stored):
            return False
        with self._lock:
            if len(self._matched) >= self._size:
                self._matched.clear()
            self._matched[key] = stored
        return True
