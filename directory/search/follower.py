"""Each node's follower: apply the database's change log to this node's own index.

A process that commits a change indexes it at once (``indexer.after_commit``); the follower
is how every *other* node, and changes made by a command on another machine, reach this
node's index. The cursor (``INDEX_PATH/CURSOR``: the last log entry this index has applied,
and the generation it belongs to) moves only after the index holds the entries, so a node
killed at any moment repeats a little work and never skips any. A node with no cursor, whose
cursor is older than the oldest entry kept (the log was pruned past it), or far behind compares
its whole index with the database instead (``doctor``), and rebuilds when most of it drifted.

One follower runs per node: every served worker starts the thread, and the one holding
``INDEX_PATH/follower.lock`` does the work (another takes over if that worker exits). On
PostgreSQL it sleeps on ``LISTEN`` and wakes at each commit's ``NOTIFY``; it also polls every
``FOLLOW_INTERVAL`` seconds, which is all it does on SQLite.
"""

import fcntl
import json
import os
import secrets
import threading
import time
from pathlib import Path

from sqlalchemy import make_url
from sqlmodel import Session

from .. import change_log
from .engine.store import IndexStore, RebuildRunning

CURSOR = "CURSOR"
BATCH = 5_000  # log entries read at a time
REBUILD_OVER = 20_000  # distinct listings behind: rebuilding is faster than catching up
FOLLOW_INTERVAL = 1.0


def _store(app) -> IndexStore:
    return IndexStore(app.config["INDEX_PATH"])


def read_cursor(app) -> int | None:
    """Return the last entry the live index has applied, or None (never, or another index)."""
    store = _store(app)
    try:
        saved = json.loads((store.root / CURSOR).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    if saved.get("generation") != store.live_name():
        return None  # the index was rebuilt or replaced by something that kept no cursor
    return int(saved.get("seq", 0))


def write_cursor(app, seq: int, generation: str | None = None) -> None:
    """Save the cursor atomically (a crash leaves the old one or the new one)."""
    store = _store(app)
    store.root.mkdir(parents=True, exist_ok=True)
    body = {"generation": generation or store.live_name(), "seq": seq}
    temporary = store.root / f".{CURSOR}.{secrets.token_hex(4)}"
    temporary.write_text(json.dumps(body), encoding="utf-8")
    os.replace(temporary, store.root / CURSOR)


def _session(app) -> Session:
    return Session(app.extensions["directory.engine"])


def log_position(app) -> tuple[int, int]:
    """Return (oldest, latest) sequence numbers kept in the log."""
    with _session(app) as session:
        return change_log.oldest(session), change_log.latest(session)


def lag(app) -> dict:
    """Say how far this node's index is behind the log: entries, and age of the oldest."""
    from ..models.base import utcnow

    cursor = read_cursor(app)
    with _session(app) as session:
        latest = change_log.latest(session)
        waiting = change_log.first_waiting_at(session, cursor) if cursor is not None else None
    report = {"cursor": cursor, "latest": latest,
              "behind": None if cursor is None else max(latest - cursor, 0),
              "behind_seconds": None}
    if waiting is not None:
        age = utcnow().replace(tzinfo=None) - waiting.replace(tzinfo=None)
        report["behind_seconds"] = round(max(age.total_seconds(), 0.0), 1)
    elif cursor is not None:
        report["behind_seconds"] = 0.0
    return report


def catch_up(app) -> int:
    """Apply every log entry past the cursor to this node's index; return how many listings
    (-1 when the index was rebuilt or compared whole instead)."""
    from .indexer import doctor, index_services, rebuild

    oldest, latest = log_position(app)
    cursor = read_cursor(app)
    try:
        if cursor is None or (oldest and cursor < oldest - 1) or latest - cursor > REBUILD_OVER:
            # No cursor (a new node, or one upgraded from before the log), pruned past, or far
            # behind (a big import): compare versions whole and repair; this node may hold most
            # of it already (its own commits), else rebuilding is faster than catching up.
            report = doctor(app, repair=False)
            drift = sum(len(report[key]) for key in ("missing", "extra", "stale", "duplicates"))
            if drift > REBUILD_OVER:
                rebuild(app)
            else:
                doctor(app, repair=True)  # records the cursor it reached
            return -1
    except RebuildRunning:
        return 0
    applied = 0
    while cursor < latest:
        with _session(app) as session:
            entries = change_log.entries_after(session, cursor, BATCH)
        if not entries:
            break
        if not index_services(app, {service_id for _seq, service_id in entries}):
            return applied  # logged by index_services; the next round tries again
        cursor = entries[-1][0]
        write_cursor(app, cursor)
        applied += len({service_id for _seq, service_id in entries})
    return applied


class Follower(threading.Thread):
    """The background thread that keeps this node's index following the log."""

    def __init__(self, app, interval: float | None = None):
        super().__init__(name="change-log-follower", daemon=True)
        self.app = app
        self.interval = interval or float(app.config.get("FOLLOW_INTERVAL", FOLLOW_INTERVAL))
        self.stopping = threading.Event()
        self._lock_handle = None

    def run(self) -> None:
        while not self.stopping.is_set():
            if self._hold_node_lock():
                break
            self.stopping.wait(self.interval * 5)  # another worker follows; take over if it ends
        listener = self._listen()
        while not self.stopping.is_set():
            try:
                catch_up(self.app)
            except Exception:  # a database or index hiccup must not end the thread
                self.app.logger.exception("The change-log follower could not catch up")
            listener = self._wait(listener)

    def _hold_node_lock(self) -> bool:
        folder = Path(self.app.config["INDEX_PATH"])
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / "follower.lock", "a+b")  # noqa: SIM115 - held for the thread's life
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self._lock_handle = handle
        return True

    def _listen(self):
        """On PostgreSQL, a connection LISTENing for commits; elsewhere None (poll only)."""
        url = make_url(self.app.config["DATABASE_URL"])
        if url.get_backend_name() != "postgresql":
            return None
        try:
            import psycopg

            connection = psycopg.connect(
                url.set(drivername="postgresql").render_as_string(hide_password=False),
                autocommit=True)
            connection.execute(f"LISTEN {change_log.CHANNEL}")
            return connection
        except Exception:
            self.app.logger.exception("LISTEN failed: the follower polls instead")
            return None

    def _wait(self, listener):
        """Sleep until a commit is announced or the interval passes; return the listener."""
        if listener is None:
            self.stopping.wait(self.interval)
            return self._listen() if self._postgres() else None
        try:
            for _notice in listener.notifies(timeout=self.interval, stop_after=1):
                pass
            return listener
        except Exception:  # the connection dropped: poll this round, reconnect next
            time.sleep(self.interval)
            return None

    def _postgres(self) -> bool:
        return make_url(self.app.config["DATABASE_URL"]).get_backend_name() == "postgresql"

    def stop(self) -> None:
        self.stopping.set()


def start(app) -> Follower:
    """Start this process's follower thread (served workers only)."""
    follower = Follower(app)
    follower.start()
    return follower
