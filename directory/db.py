"""The database engine, one session per request or command, and after-commit work."""

import os
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from flask import current_app, g, request
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

# Seconds a statement waits for a lock before giving up with an error the web layer answers
# with 503: well under gunicorn's 30-second worker timeout, so a worker answers instead of
# being killed.
SQLITE_BUSY_TIMEOUT = 5
POSTGRES_LOCK_TIMEOUT = 5
POSTGRES_STATEMENT_TIMEOUT = 10

# Work that must run only once a transaction has committed (index updates, emails).
# Each callback receives (app, changes) where changes is the session's ``info`` mapping.
_after_commit: list[Callable] = []


def on_commit(callback: Callable) -> Callable:
    """Register a callback to run after every successful commit."""
    if callback not in _after_commit:
        _after_commit.append(callback)
    return callback


@dataclass(frozen=True)
class Timeouts:
    """How long, in seconds, the database may keep a request waiting."""

    busy: float = SQLITE_BUSY_TIMEOUT  # SQLite: waiting for another writer's lock
    lock: float = POSTGRES_LOCK_TIMEOUT  # PostgreSQL: waiting for a row or table lock
    statement: float = POSTGRES_STATEMENT_TIMEOUT  # PostgreSQL: any one statement


def timeouts_from(config) -> Timeouts:
    """Read the timeouts from the app config, else DIRECTORY_DATABASE_* variables, else defaults."""
    values = {}
    for field, name in (("busy", "DATABASE_BUSY_TIMEOUT"), ("lock", "DATABASE_LOCK_TIMEOUT"),
                        ("statement", "DATABASE_STATEMENT_TIMEOUT")):
        value = config.get(name)
        if value is None:
            value = os.environ.get(f"DIRECTORY_{name}")
        if value not in (None, ""):
            values[field] = float(value)
    return Timeouts(**values)


def make_engine(url: str, timeouts: Timeouts = Timeouts()) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout, PostgreSQL timeouts."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": timeouts.busy, "check_same_thread": False},
            hide_parameters=True)  # an error's log line never carries a postcode or an email
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    # A connect event rather than the URL's ``options``, which already carries search_path in tests.
    event.listen(engine, "connect", lambda connection, _record: _postgres_timeouts(
        connection, timeouts))
    return engine


def _postgres_timeouts(dbapi_connection, timeouts: Timeouts) -> None:
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True  # a SET outside any transaction lasts the session
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {int(timeouts.lock * 1000)}")
        cursor.execute(f"SET statement_timeout = {int(timeouts.statement * 1000)}")  # 0: none
    dbapi_connection.autocommit = autocommit


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def engine() -> Engine:
    """Return the current application's engine."""
    return current_app.extensions["directory.engine"]


def new_session(app=None) -> Session:
    """Open a session whose commits trigger the after-commit callbacks."""
    app = app or current_app._get_current_object()
    session = Session(app.extensions["directory.engine"], expire_on_commit=False)
    session.info["app"] = app
    event.listen(session, "after_commit", _run_after_commit)
    event.listen(session, "after_rollback", _forget_changes)
    return session


def _run_after_commit(session) -> None:
    app = session.info.get("app")
    changes = {k: v for k, v in session.info.items() if k != "app"}
    _forget_changes(session)
    for callback in _after_commit:
        callback(app, changes)


def _forget_changes(session) -> None:
    for key in [k for k in session.info if k != "app"]:
        del session.info[key]


def session() -> Session:
    """Return the session for this request, opening it on first use."""
    if "db_session" not in g:
        g.db_session = new_session()
    return g.db_session


def write_session() -> Session:
    """Return the request's session holding the write lock: for POST handlers that write."""
    s = session()
    begin_write(s)
    return s


def begin_write(s: Session) -> None:
    """Take SQLite's write lock now, so this transaction's writes can't be refused halfway."""
    # Python's sqlite3 opens a transaction only at the first INSERT/UPDATE/DELETE, so until
    # then the session has only read. BEGIN IMMEDIATE waits (up to the busy timeout) for any
    # other writer; reads elsewhere carry on. What was read before is read again, current.
    connection = s.connection()
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL: rows are locked where they are written (listings.lock)
    if connection.connection.driver_connection.in_transaction:
        return  # this transaction has written already, so it holds the lock
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    if not (s.new or s.dirty or s.deleted):
        s.expire_all()


def discard_changes() -> None:
    """Undo what this request has written so far (a refused attempt), so the page can still read."""
    s = g.get("db_session")
    if s is not None:
        s.rollback()


def end_transaction(status: int) -> None:
    """The request's one transaction boundary: commit when the answer is a success or a
    redirect, roll back when it is an error. Views never commit; operations only flush.

    Called for every response (``after_request``); a view that must finish its work before it
    answers (the padded account forms, so an email is sent inside the padding) calls it early.
    A failed commit raises, so the visitor gets an error page, never a false "saved".
    """
    s = g.get("db_session")
    if s is None or request.environ.get(_ENDED):
        return
    request.environ[_ENDED] = True  # per request, whatever the app context holds
    if status < 400:
        s.commit()
    else:
        s.rollback()


_ENDED = "directory.transaction_ended"


def _end_transaction(response):
    end_transaction(response.status_code)
    return response


@contextmanager
def session_scope(app=None) -> Iterator[Session]:
    """Open a session for a command: commit at the end, roll back on error."""
    s = new_session(app)
    try:
        yield s
        s.commit()
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()


def close_session(_exc=None) -> None:
    """Close the request's session; anything not committed is rolled back."""
    s = g.pop("db_session", None)
    if s is not None:
        s.close()


def init_app(app) -> None:
    """Bind the engine to the application; a forked child never reuses the parent's connections."""
    engine = make_engine(app.config["DATABASE_URL"], timeouts_from(app.config))
    app.extensions["directory.engine"] = engine
    _ENGINES.add(engine)
    app.after_request(_end_transaction)
    app.teardown_appcontext(close_session)


# Served under gunicorn the app is built after the fork, but a server that preloads (or
# multiprocessing in a command) would share sockets and SQLite locks with the parent: a forked
# child forgets the connections it inherited and opens its own.
_ENGINES: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def _forget_inherited_connections() -> None:
    for engine in list(_ENGINES):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_forget_inherited_connections)
