"""Rate-limit counters that every worker process on this machine shares: a small SQLite file.

Registered with the ``limits`` library under the ``directory+sqlite`` scheme. It is the default
(``<instance>/rate_limits.sqlite``), so the 10-a-minute sign-in limit is 10 a minute however many
gunicorn workers answer. Several machines share counters through Redis instead (``redis://``).

Keys hold a visitor's address, so the file keeps only a keyed hash of each key, readable by this
user alone, and every ended window is deleted at the next count: no address outlives its limit.
"""

import hashlib
import hmac
import os
import sqlite3
import threading
import time

from limits.storage import Storage

SCHEME = "directory+sqlite"
_TABLE = (
    "CREATE TABLE IF NOT EXISTS counter "
    "(key TEXT PRIMARY KEY, hits INTEGER NOT NULL, expires REAL NOT NULL)"
)
_EXPIRES_INDEX = "CREATE INDEX IF NOT EXISTS counter_expires ON counter (expires)"
_PEPPER_FILE = "rate_limits.key"


class SharedFileStorage(Storage):
    """Fixed-window counters in one SQLite file, safe across threads and processes."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = uri.split("://", 1)[1]
        self._local = threading.local()
        self._pepper = _pepper(os.path.dirname(self.path))

    @property
    def base_exceptions(self):
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        """Return this thread's connection, opening a new one after a fork."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            _create_private(self.path)
            connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_TABLE)
            connection.execute(_EXPIRES_INDEX)
            local.connection, local.pid = connection, os.getpid()
        return local.connection

    def _key(self, key: str) -> str:
        """Return what is stored for a key: a keyed hash, never the address inside it."""
        return hmac.new(self._pepper, key.encode(), hashlib.sha256).hexdigest()

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        """Add ``amount`` to the key's counter, starting a new window if the last one ended."""
        now, key = time.time(), self._key(key)
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("DELETE FROM counter WHERE expires <= ?", (now,))
            connection.execute(
                "INSERT INTO counter (key, hits, expires) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET hits = hits + excluded.hits",
                (key, amount, now + expiry),
            )
            (hits,) = connection.execute(
                "SELECT hits FROM counter WHERE key = ?", (key,)
            ).fetchone()
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return hits

    def get(self, key: str) -> int:
        """Return the key's count in the current window (0 once it has ended)."""
        row = self._connection().execute(
            "SELECT hits FROM counter WHERE key = ? AND expires > ?", (self._key(key), time.time())
        ).fetchone()
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        """Return when the key's current window ends (now when there is none)."""
        row = self._connection().execute(
            "SELECT expires FROM counter WHERE key = ? AND expires > ?",
            (self._key(key), time.time()),
        ).fetchone()
        return row[0] if row else time.time()

    def check(self) -> bool:
        """Say whether the file answers."""
        try:
            self._connection().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        """Forget every counter."""
        return self._connection().execute("DELETE FROM counter").rowcount

    def clear(self, key: str) -> None:
        """Forget one key's counter."""
        self._connection().execute("DELETE FROM counter WHERE key = ?", (self._key(key),))


def _create_private(path: str) -> None:
    """Create the file readable and writable by this user only (no-op if it exists)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def _pepper(folder: str) -> bytes:
    """Return this machine's random key for hashing counter keys, made once."""
    path = os.path.join(folder, _PEPPER_FILE)
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(32))
    for _ in range(50):  # another process may be writing it this instant
        with open(path, "rb") as handle:
            if len(pepper := handle.read()) == 32:
                return pepper
        time.sleep(0.01)
    raise RuntimeError(f"{path} is not a 32-byte key")


def default_uri(instance: str) -> str:
    """Return the shared counter file's storage URI for an instance folder."""
    return f"{SCHEME}://{os.path.join(instance, 'rate_limits.sqlite')}"


def init_app(app, limiter) -> None:
    """Bind the limiter to ``app``, counting in the instance's shared file unless told otherwise.

    One limiter object serves every app in a process (tests make many), so each app's own
    on/off switch is ``LIMITS_ON``, read per request by the limiter's request filter.
    """
    if not app.config.get("RATELIMIT_STORAGE_URI"):
        app.config["RATELIMIT_STORAGE_URI"] = default_uri(app.config["INSTANCE_PATH"])
    app.config["LIMITS_ON"] = app.config.get("RATELIMIT_ENABLED", True)
    app.config["RATELIMIT_ENABLED"] = True
    limiter.init_app(app)
