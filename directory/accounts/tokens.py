"""Signed, expiring, single-use links for email verification and password reset.

A token carries the account id and a fingerprint of its session key, signed with the app's
SECRET_KEY and a salt per purpose. Using a link, a reset or closing the account replaces the key,
so each link works once and none survives the account being closed; ``max_age`` expires it.
"""

import hashlib
import hmac
import time
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

PURPOSES = {
    "verify-email": timedelta(hours=48),
    "reset-password": timedelta(hours=1),
}

# The clock signatures are dated and checked by; tests move it instead of sleeping.
clock = time.time


class LinkError(ValueError):
    """A link is malformed, signed for something else, or too old."""

    def __init__(self, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


class _Signer(TimestampSigner):
    def get_timestamp(self) -> int:
        return int(clock())


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown link purpose {purpose!r}")
    return URLSafeTimedSerializer(
        current_app.config["SECRET_KEY"], salt=f"directory.{purpose}", signer=_Signer
    )


def _fingerprint(session_key: str) -> str:
    # A one-way digest, so the key itself never travels in an email.
    return hashlib.sha256(session_key.encode()).hexdigest()[:32]


def make_token(purpose: str, account_id: int, session_key: str) -> str:
    """Return a signed token for this account, purpose and current session key."""
    return _serializer(purpose).dumps({"a": account_id, "k": _fingerprint(session_key)})


def key_matches(fingerprint: str, session_key: str) -> bool:
    """Say whether a token's fingerprint belongs to ``session_key`` (in constant time)."""
    if not session_key:
        return False
    return hmac.compare_digest(fingerprint.encode(), _fingerprint(session_key).encode())


def read_token(purpose: str, token: str) -> tuple[int, str]:
    """Return (account id, session key fingerprint) from a token, or raise LinkError."""
    max_age = int(PURPOSES[purpose].total_seconds())
    try:
        data = _serializer(purpose).loads(token, max_age=max_age)
    except SignatureExpired as error:
        raise LinkError(expired=True) from error
    except BadSignature as error:
        raise LinkError() from error
    if not (isinstance(data, dict) and isinstance(data.get("a"), int)
            and isinstance(data.get("k"), str)):
        raise LinkError()  # links from before session keys carried a counter, not "k"
    return data["a"], data["k"]
