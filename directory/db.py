"""The database engine, one session per request or command, and after-commit work."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from flask import current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

# Work that must run only once a transaction has committed (index updates, emails).
# Each callback receives (app, changes) where changes is the session's ``info`` mapping.
_after_commit: list[Callable] = []


def on_commit(callback: Callable) -> Callable:
    """Register a callback to run after every successful commit."""
    if callback not in _after_commit:
        _after_commit.append(callback)
    return callback


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


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
    """Bind the engine to the application."""
    app.extensions["directory.engine"] = make_engine(app.config["DATABASE_URL"])
    app.teardown_appcontext(close_session)
