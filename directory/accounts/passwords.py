"""Password hashing (argon2id) and the minimum rules a new password must meet."""

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_babel import lazy_gettext as _l

MIN_LENGTH = 12
MAX_LENGTH = 256  # long enough for any passphrase, short enough to bound hashing work

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    """Return an argon2id hash of the password."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Say whether the password matches the hash (False for an empty or malformed hash)."""
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Say whether the hash was made with other parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)


@cache
def _dummy_hash() -> str:
    return hash_password("not a real password: evens out timing")


def prepare() -> None:
    """Make the stand-in hash now, at start-up, rather than during someone's sign-in."""
    _dummy_hash()


def waste_time(password: str) -> None:
    """Do a verification's worth of work, so unknown emails answer as slowly as known ones."""
    verify_password(_dummy_hash(), password)


def password_problem(password: str, email: str = "") -> str | None:
    """Explain why a new password is not acceptable, or return None when it is."""
    if len(password) < MIN_LENGTH:
        return str(_l("Use at least %(n)d characters.", n=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        return str(_l("Use no more than %(n)d characters.", n=MAX_LENGTH))
    folded = password.strip().casefold()
    email = email.strip().casefold()
    if email and folded in {email, email.partition("@")[0]}:
        return str(_l("Don't use your email address as your password."))
    if len(set(folded)) == 1:
        return str(_l("Don't use one character over and over."))
    return None
