"""Write and read the change log: which listings each committed transaction changed.

Every write path (forms, moderation, importers, commands) changes ``Service`` rows through the
ORM, so two session hooks cover them all: after each flush the changed listings and fields are
noted; just before the commit they are appended to ``change_log`` in the same transaction. On
PostgreSQL the append first takes a transaction-level advisory lock, so sequence numbers are
handed out in commit order (a follower that has read up to 41 never later finds a 40 that
committed after it), and a ``NOTIFY`` wakes every node's follower when the commit lands.
SQLite has one writer at a time, which gives the same order.
"""

from datetime import datetime

from sqlalchemy import delete, event, func, insert, inspect, select, text
from sqlalchemy.orm import Session

from .models import ChangeLogEntry, Service

CHANNEL = "directory_change_log"  # the PostgreSQL NOTIFY channel the followers LISTEN on
LOG_LOCK = 7_240_001  # the advisory lock that orders appends (any fixed number)
PENDING = "change_log"  # session.info key: {service_id: set of what changed}
QUIET = {"version", "last_modified"}  # bumped by every change: not news in themselves


def init_app(_app) -> None:
    """Hook the recording into every session (once per process)."""
    for name, hook in (("after_flush", _note), ("before_commit", _append),
                       ("after_rollback", _forget)):
        if not event.contains(Session, name, hook):
            event.listen(Session, name, hook)


def _note(session: Session, _flush_context) -> None:
    """Remember which listings this flush changed, and how (history is still readable here)."""
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Service) and obj.id is not None:
            what = _changes(session, obj)
            if what:
                session.info.setdefault(PENDING, {}).setdefault(obj.id, set()).update(what)


def _changes(session: Session, obj: Service) -> set[str]:
    if obj in session.deleted:
        return {"deleted"}
    if obj in session.new:
        return {"created"}
    changed = {attr.key for attr in inspect(obj).attrs if attr.history.has_changes()}
    return (changed - QUIET or {"listing"}) if changed else set()


def _append(session: Session) -> None:
    pending = session.info.pop(PENDING, None)
    if session.new or session.dirty or session.deleted:
        session.flush()  # changes not flushed yet are noted by that flush
        pending = {**(pending or {}), **session.info.pop(PENDING, {})}
    if not pending:
        return
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOG_LOCK})
    session.execute(insert(ChangeLogEntry), [
        {"service_id": service_id, "what": _what(changes)}
        for service_id, changes in sorted(pending.items())])
    if postgres:
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def _what(changes: set[str]) -> str:
    for event_name in ("deleted", "created"):
        if event_name in changes:
            return event_name
    fields = changes - {"listing"} or changes  # "listing": only the version moved
    return ",".join(sorted(fields))[:400]


def _forget(session: Session, *_args) -> None:
    session.info.pop(PENDING, None)


def latest(session) -> int:
    """Return the newest sequence number (0 for an empty log)."""
    return session.execute(select(func.max(ChangeLogEntry.seq))).scalar() or 0


def oldest(session) -> int:
    """Return the oldest sequence number still kept (0 for an empty log)."""
    return session.execute(select(func.min(ChangeLogEntry.seq))).scalar() or 0


def entries_after(session, cursor: int, limit: int = 10_000) -> list[tuple[int, int]]:
    """Return up to ``limit`` (seq, service_id) pairs after ``cursor``, oldest first."""
    return list(session.execute(
        select(ChangeLogEntry.seq, ChangeLogEntry.service_id)
        .where(ChangeLogEntry.seq > cursor).order_by(ChangeLogEntry.seq).limit(limit)))


def first_waiting_at(session, cursor: int) -> datetime | None:
    """Return when the oldest entry after ``cursor`` was written (None if there is none)."""
    return session.execute(select(ChangeLogEntry.at).where(ChangeLogEntry.seq > cursor)
                           .order_by(ChangeLogEntry.seq).limit(1)).scalar()


def changed_since(moment: datetime):
    """A subquery of the listing ids changed at or after ``moment`` (for ``modified_after``)."""
    return select(ChangeLogEntry.service_id).where(ChangeLogEntry.at >= moment)


def prune(session, before: datetime) -> int:
    """Delete entries older than ``before`` (the newest is always kept); return how many."""
    keep = latest(session)
    result = session.execute(delete(ChangeLogEntry).where(
        ChangeLogEntry.at < before, ChangeLogEntry.seq < keep))
    return result.rowcount or 0
