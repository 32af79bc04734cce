"""Signed, expiring, single-use links for email verification and password reset.

A token carries the account id and its security stamp, signed with the app's SECRET_KEY and a
salt per purpose. Using a link bumps the stamp, so each link works once; ``max_age`` expires it.
"""

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


def make_token(purpose: str, account_id: int, security_stamp: int) -> str:
    """Return a signed token for this account and purpose."""
    return _serializer(purpose).dumps({"a": account_id, "s": security_stamp})


def read_token(purpose: str, token: str) -> tuple[int, int]:
    """Return (account id, security stamp) from a token, or raise LinkError."""
    max_age = int(PURPOSES[purpose].total_seconds())
    try:
        data = _serializer(purpose).loads(token, max_age=max_age)
    except SignatureExpired as error:
        raise LinkError(expired=True) from error
    except BadSignature as error:
        raise LinkError() from error
    if not isinstance(data, dict) or not all(isinstance(data.get(k), int) for k in "as"):
        raise LinkError()
    return data["a"], data["s"]
