"""Rate-limit counters that every worker process on this machine shares: a small SQLite file.

Registered with the ``limits`` library under the ``directory+sqlite`` scheme. It is the default
(``<instance>/rate_limits.sqlite``), so the 10-a-minute sign-in limit is 10 a minute however many
gunicorn workers answer. Several machines share counters through Redis instead (``redis://``).
"""

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


class SharedFileStorage(Storage):
    """Fixed-window counters in one SQLite file, safe across threads and processes."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = uri.split("://", 1)[1]
        self._local = threading.local()

    @property
    def base_exceptions(self):
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        """Return this thread's connection, opening a new one after a fork."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_TABLE)
            local.connection, local.pid = connection, os.getpid()
        return local.connection

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        """Add ``amount`` to the key's counter, starting a new window if the last one ended."""
        now = time.time()
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("DELETE FROM counter WHERE key = ? AND expires <= ?", (key, now))
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
            "SELECT hits FROM counter WHERE key = ? AND expires > ?", (key, time.time())
        ).fetchone()
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        """Return when the key's current window ends (now when there is none)."""
        row = self._connection().execute(
            "SELECT expires FROM counter WHERE key = ? AND expires > ?", (key, time.time())
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
        self._connection().execute("DELETE FROM counter WHERE key = ?", (key,))


def default_uri(instance: str) -> str:
    """Return the shared counter file's storage URI for an instance folder."""
    return f"{SCHEME}://{os.path.join(instance, 'rate_limits.sqlite')}"
