"""Keep the index in step with the database: after each commit, by full rebuild, and by doctor.

Whoosh allows one writer per index. Every write goes through ``_writer``, which waits for the
lock a bounded number of times with growing, jittered pauses; the documents are read from the
database only once the lock is held, so the last writer always writes the newest state. A
failed update is logged and left for ``doctor`` to repair: it never undoes the database write.
"""

import random
import time
from collections.abc import Callable, Iterable

from sqlmodel import Session
from whoosh.index import LockError

from .engine.build import SEGMENT_DOCS, fill
from .engine.documents import document, listed_versions, load_rows
from .engine.store import IndexMissing, IndexStore

LOCK_ATTEMPTS = 6
LOCK_WAIT = 1.0  # seconds Whoosh itself keeps trying on each attempt
REBUILD_AT = 20_000  # services changed by one commit from which a rebuild is quicker


def _store(app) -> IndexStore:
    return IndexStore(app.config["INDEX_PATH"])


def _session(app) -> Session:
    # A plain session: reading for the index must not trigger after-commit callbacks.
    return Session(app.extensions["directory.engine"])


def _writer(ix, app):
    """Open a writer, retrying a bounded number of times while another process holds the lock."""
    attempts = app.config.get("SEARCH_LOCK_ATTEMPTS", LOCK_ATTEMPTS)
    wait = app.config.get("SEARCH_LOCK_WAIT", LOCK_WAIT)
    pause = 0.05
    for attempt in range(attempts):
        try:
            return ix.writer(timeout=wait, delay=0.01)
        except LockError:
            if attempt == attempts - 1:
                raise
            time.sleep(pause + random.uniform(0, pause))
            pause *= 2
    raise LockError


def note_changed_services(session, _flush_context) -> None:
    """Queue every Service row a flush touched, for indexing after the commit."""
    from directory.models import Service

    touched = [obj.id for obj in (*session.new, *session.dirty, *session.deleted)
               if isinstance(obj, Service) and obj.id is not None]
    if touched:
        session.info.setdefault("changed_services", set()).update(touched)


def after_commit(app, changes: dict) -> None:
    """Index the services a transaction changed (registered with ``db.on_commit``).

    A commit that changed ``SEARCH_REBUILD_AT`` services or more (a national import) rebuilds
    the index instead: writing a whole new generation is several times quicker than updating
    that many documents in place. If another process is rebuilding, the documents are updated.
    """
    ids = changes.get("changed_services")
    if app is None or not ids:
        return
    if len(ids) >= app.config.get("SEARCH_REBUILD_AT", REBUILD_AT):
        from .engine.store import RebuildRunning

        try:
            rebuild(app)
            return
        except RebuildRunning:
            pass
        except Exception:
            app.logger.exception("Rebuilding the search index after a large commit failed")
    index_services(app, ids)


def index_services(app, ids: Iterable[int]) -> bool:
    """Bring these services' documents in step with the database; log failures, never raise."""
    ids = sorted(set(ids))
    if not ids:
        return True
    try:
        _write(app, ids)
        return True
    except Exception:
        app.logger.exception("Search index update failed for %d service(s) (%s); "
                             "'directory doctor' will repair it", len(ids), ids[:10])
        return False


def _write(app, ids: list[int]) -> None:
    store = _store(app)
    for _ in range(3):
        name = store.live_name()
        try:
            writer = _writer(store.open(name), app)
        except FileNotFoundError:
            continue  # a rebuild swapped generations as we opened this one: try the new one
        try:
            with _session(app) as session:
                rows = load_rows(session, ids)
            with writer.searcher() as searcher:
                for sid in ids:
                    writer.delete_by_term("id", str(sid), searcher=searcher)
            for row in rows:
                if row.listed:
                    writer.add_document(**document(row))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        if store.live_name() == name:
            return
        # A rebuild made another generation live meanwhile: write there too.
    raise RuntimeError("the live index kept changing while it was being updated")


def rebuild(app, progress: Callable[[int, int], None] | None = None) -> int:
    """Build a new index beside the live one, swap it in atomically, then catch up; return count."""
    store = _store(app)
    with store.exclusive():
        name, ix = store.new_generation()
        count = fill(app, ix, progress)
        store.publish(name)
        doctor(app, repair=True)  # writes committed while we were building
        store.prune()
    from .query import live_index

    live = live_index(app)
    with live.lock:
        live.view()  # warm this process's caches before its next search
    return count


def doctor(app, repair: bool = False) -> dict:
    """Compare database and index (missing, extra, stale, duplicated); optionally repair."""
    from .. import change_log
    from .follower import read_cursor, write_cursor
    from .query import live_index

    with _session(app) as session:
        # Read the log's end first: every entry up to it is in what is read next.
        seq = change_log.latest(session)
        expected = listed_versions(session)
    live = live_index(app)
    try:
        with live.lock:
            view = live.view()
            indexed, duplicates = view.versions()
    except IndexMissing:
        if repair:
            _store(app).ensure()
            return doctor(app, repair=True)
        raise
    report = {
        "services": len(expected),
        "indexed": len(indexed),
        "missing": sorted(expected.keys() - indexed.keys()),
        "extra": sorted(indexed.keys() - expected.keys()),
        "stale": sorted(k for k in expected.keys() & indexed.keys() if expected[k] != indexed[k]),
        "duplicates": sorted(duplicates),
        "repaired": 0,
    }
    drift = sorted({*report["missing"], *report["extra"], *report["stale"], *duplicates})
    if repair and drift:
        for start in range(0, len(drift), SEGMENT_DOCS):
            if not index_services(app, drift[start:start + SEGMENT_DOCS]):
                break
            report["repaired"] += len(drift[start:start + SEGMENT_DOCS])
    if repair and report["repaired"] == len(drift):
        # The index now holds everything the log had reached: the follower goes on from there.
        write_cursor(app, max(seq, read_cursor(app) or 0))
    report["cursor"], report["log_latest"] = read_cursor(app), seq
    return report
