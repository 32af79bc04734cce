"""Scheduled commands run on every node's cron, but do their work on one node at a time.

``one_node_at_a_time(app, name)`` holds a lock the whole database shares: a session-level
advisory lock on PostgreSQL (released if the process dies), and on SQLite an exclusive lock on
a file beside the database file (the one machine that holds the database). A second run that
finds the lock taken does nothing and says so; the work itself is idempotent as well (a
reminder is recorded once per listing and date), so a run straight after another is harmless.
"""

import fcntl
import zlib
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import make_url, text


class AlreadyRunning(RuntimeError):
    """Another node is running this command now."""


def _key(name: str) -> int:
    return zlib.crc32(f"directory:{name}".encode())  # stable across processes and machines


@contextmanager
def one_node_at_a_time(app, name: str):
    """Run the block only if no other process on any node runs ``name``; else AlreadyRunning."""
    url = make_url(app.config["DATABASE_URL"])
    if url.get_backend_name() == "postgresql":
        with app.extensions["directory.engine"].connect() as connection:
            held = connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                      {"key": _key(name)}).scalar()
            connection.commit()
            if not held:
                raise AlreadyRunning(name)
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _key(name)})
                connection.commit()
        return
    database = Path(url.database or Path(app.config["INSTANCE_PATH"]) / "memory")
    with open(database.with_name(f"{database.name}.{name}.lock"), "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(name) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
