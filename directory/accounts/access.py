"""Accounts: who is signed in, what they may edit, signing in and out; the interface views use.

The functions that create and change accounts live in ``lifecycle``; the package re-exports both,
so views and commands import everything from ``directory.accounts``. ``authenticate``
changes failure counters even when it refuses: commit after it either way.
"""

from datetime import UTC, datetime, timedelta
from functools import wraps

from flask import abort, flash, has_request_context, redirect, request, url_for
from flask import session as web_session
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user, logout_user
from sqlmodel import Session

from .. import db
from ..extensions import login_manager
from ..models import ROLES, Account, utcnow
from .lifecycle import (
    find_account,
    organisation_ids,
)
from .passwords import hash_password, needs_rehash, verify_password, waste_time

STAFF_ROLES = ("admin", "moderator")
# Who may read the insights and their exports: staff, and commissioners (who only read).
INSIGHT_ROLES = ("admin", "moderator", "commissioner")
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
# Seconds the forms that email someone take to answer at the least, whatever they found.
EMAIL_FORM_FLOOR = 0.25
HOME_PATHS = {"provider": "/provider/", "moderator": "/admin/", "admin": "/admin/",
              "commissioner": "/admin/insights/"}
REFUSED = _l("That email address and password don't match an account we can sign in. After 5 "
             "wrong tries we pause sign-in for 15 minutes: wait, or reset your password.")


class LoginRefused(Exception):
    """Sign-in was refused; the message is safe to show and never says if an email exists."""


# ---- who is signed in, and what may they do ------------------------------------------------


def current_account() -> Account | None:
    """Return the signed-in account, or None."""
    if not has_request_context():
        return None
    user = current_user._get_current_object()
    return user if isinstance(user, Account) else None


def is_staff(account: Account | None) -> bool:
    """Say whether the account is an active admin or moderator."""
    return bool(account and account.is_active and account.role in STAFF_ROLES)


def can_edit_service(session: Session, account: Account | None, service) -> bool:
    """Say whether the account may edit the service: staff, or a member of its organisation."""
    if account is None or not account.is_active:
        return False
    if is_staff(account):
        return True
    return service.organisation_id in organisation_ids(session, account)


def login_required_role(*roles: str):
    """Let only signed-in accounts with one of ``roles`` (any role if none given) see a view."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles: {sorted(unknown)}")

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            account = current_account()
            if account is None:
                return ask_to_sign_in()
            if roles and account.role not in roles:
                abort(403, description=_l("Your account can't open this page."))
            return view(*args, **kwargs)

        return wrapped

    return decorator


def ask_to_sign_in():
    """Send an anonymous visitor to the sign-in page, to come back here afterwards."""
    flash(_l("Please sign in to see that page."), "info")
    here = request.script_root + (request.full_path if request.query_string else request.path)
    return redirect(url_for("auth.login", next=here))


def safe_next(target: str | None) -> str | None:
    """Return ``target`` if it is a path on this site, else None (no open redirects)."""
    if not target or len(target) > 2000 or not target.startswith("/"):
        return None
    if target.startswith("//") or "\\" in target:
        return None  # //host and /\host are other sites to a browser
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in target):
        return None  # browsers drop tabs and newlines, turning "/\t/host" into "//host"
    return target


def home_for(account: Account) -> str:
    """Return the page an account lands on after signing in."""
    root = request.script_root if has_request_context() else ""
    return root + HOME_PATHS.get(account.role, "/")


def load_account(session_id: str) -> Account | None:
    """Load the account for a session id "<id>:<session key>"; refuse disabled or stale ones."""
    account_id, _, key = str(session_id).partition(":")
    if not (account_id.isdigit() and key):
        return None
    account = db.session().get(Account, int(account_id))
    if account is None or not account.is_active or not account.holds_key(key):
        return None
    return account


def configure_login(app) -> None:
    """Set up Flask-Login: strong session protection, the loader and the sign-in page."""
    login_manager.login_view = "auth.login"
    login_manager.session_protection = "strong"
    login_manager.user_loader(load_account)
    login_manager.unauthorized_handler(ask_to_sign_in)
    app.config.setdefault("LOGIN_RATE_LIMIT", "10/minute")
    app.config.setdefault("ACCOUNT_EMAIL_RATE_LIMIT", "5/minute;30/hour")
    app.config.setdefault("ACCOUNT_EMAIL_RESPONSE_FLOOR", EMAIL_FORM_FLOOR)
    app.config.setdefault("REMEMBER_COOKIE_HTTPONLY", True)
    app.config.setdefault("REMEMBER_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("REMEMBER_COOKIE_SECURE", app.config.get("SESSION_COOKIE_SECURE"))


# ---- signing in ------------------------------------------------------------------------------


def authenticate(session: Session, email: str, password: str) -> Account:
    """Check an email and password; return the account or raise LoginRefused."""
    account = find_account(session, email)
    now = utcnow()
    if account is None:
        waste_time(password)
        raise LoginRefused(str(REFUSED))
    if account.locked_until and _utc(account.locked_until) > _utc(now):
        waste_time(password)
        raise LoginRefused(str(REFUSED))
    if not verify_password(account.password_hash, password):
        _count_failure(session, account, now)
        raise LoginRefused(str(REFUSED))
    # The password is right, so saying why sign-in is refused reveals nothing new.
    if account.status == "disabled":
        raise LoginRefused(str(_l("This account has been closed. Ask the directory team.")))
    if account.status == "requested":
        raise LoginRefused(str(_l("An administrator has not approved this account yet. "
                                  "We'll email you when they have.")))
    account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    session.add(account)
    session.flush()
    return account


def _utc(value: datetime) -> datetime:
    # Rows may come back naive or aware depending on the driver and SQLModel version.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _count_failure(session: Session, account: Account, now) -> None:
    # Increment in SQL so simultaneous attempts can't overwrite each other's count.
    account.failed_logins = Account.failed_logins + 1
    session.add(account)
    session.flush()
    session.refresh(account)
    if account.failed_logins >= MAX_FAILED_LOGINS:
        account.failed_logins, account.locked_until = 0, now + LOCKOUT
        session.flush()


def log_in(account: Account) -> None:
    """Start a fresh session for the account."""
    web_session.clear()
    login_user(account)


def log_out() -> None:
    """End the session."""
    logout_user()
    web_session.clear()


