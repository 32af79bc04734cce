"""Accounts of providers, moderators, admins and commissioners, and the organisations they edit."""

import hmac
import secrets
from datetime import datetime

from sqlmodel import Field, SQLModel

from .base import utcnow

# A commissioner (the steering group) only reads: the insights and their exports.
ROLES = ("admin", "moderator", "provider", "commissioner")


def new_session_key() -> str:
    """Return a fresh random session key (192 bits, URL-safe)."""
    return secrets.token_urlsafe(24)


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    name: str = ""
    password_hash: str = ""
    role: str = Field(default="provider", max_length=20)
    # "requested" (awaiting an admin), "active" or "disabled".
    status: str = Field(default="requested", max_length=20)
    requested_organisation: str = ""
    # The site language (a code from web/languages.py) this person's emails are written in.
    language: str = Field(default="en", max_length=8)
    email_verified_at: datetime | None = None
    failed_logins: int = 0
    locked_until: datetime | None = None
    # Sessions and emailed links are bound to this random key. Replacing it (a new password, a
    # reset, closing the account) ends them for good: reopening the account never brings them back.
    session_key: str = Field(default_factory=new_session_key, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None

    # What Flask-Login asks of a user, written out so the table keeps pydantic's own __eq__.
    @property
    def is_authenticated(self) -> bool:
        """Say that a loaded account is a signed-in user."""
        return True

    @property
    def is_active(self) -> bool:
        """Say whether the account may sign in."""
        return self.status == "active"

    @property
    def is_anonymous(self) -> bool:
        """Say that an account is never the anonymous user."""
        return False

    def get_id(self) -> str:
        """Return the session id: a new session key ends sessions from before it."""
        return f"{self.id}:{self.session_key}"

    def holds_key(self, key: str) -> bool:
        """Say whether ``key`` is the account's current session key (in constant time)."""
        if not self.session_key or not key:
            return False
        return hmac.compare_digest(self.session_key.encode(), key.encode())

    def end_sessions(self) -> None:
        """Replace the session key, ending every session and emailed link made before now."""
        self.session_key = new_session_key()


class Membership(SQLModel, table=True):
    account_id: int = Field(foreign_key="account.id", primary_key=True, ondelete="CASCADE")
    organisation_id: int = Field(
        foreign_key="organisation.id", primary_key=True, ondelete="CASCADE"
    )
