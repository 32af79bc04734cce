"""Full-text, location and facet search over the directory (the only package that uses Whoosh)."""

from flask import current_app

from ..models import LISTED
from .engine.analysis import detect_crisis
from .engine.analysis import words as folded_words
from .engine.store import RebuildRunning
from .indexer import doctor, index_services, rebuild
from .params import SearchParamError, SearchParams
from .query import SearchHit, SearchResults, live_index, run_search

__all__ = [
    "LISTED",
    "RebuildRunning",
    "SearchHit",
    "SearchParamError",
    "SearchParams",
    "SearchResults",
    "detect_crisis",
    "doctor",
    "folded_words",
    "index_services",
    "indexed_count",
    "init_app",
    "rebuild",
    "run_search",
]


AUTO_REBUILD_LIMIT = 5_000  # services: a new empty index is filled at start-up up to this many


def init_app(app) -> None:
    """Keep the index in step after every commit, and make sure an index exists."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from directory import db

    from .indexer import after_commit, note_changed_services

    db.on_commit(after_commit)
    if not event.contains(Session, "after_flush", note_changed_services):
        event.listen(Session, "after_flush", note_changed_services)
    live_index(app)
    try:
        from .engine.store import IndexStore

        created = IndexStore(app.config["INDEX_PATH"]).ensure()
    except Exception:  # a broken index must not stop the site starting: doctor reports it
        app.logger.exception("Could not open or create the search index")
        return
    if created:
        _fill_new_index(app)


def _fill_new_index(app) -> None:
    """Fill a just-created index when the database already has a few services (else log)."""
    from sqlalchemy import func, select
    from sqlmodel import Session

    from directory.models import Service

    from .engine.store import RebuildRunning

    try:
        with Session(app.extensions["directory.engine"]) as session:
            count = session.execute(select(func.count()).select_from(Service)
                                    .where(Service.status.in_(LISTED))).scalar_one()
    except Exception:  # no tables yet (before 'directory init'): nothing to index
        return
    if count > AUTO_REBUILD_LIMIT:
        app.logger.warning("The search index is new and empty: run 'directory reindex'")
    elif count:
        try:
            rebuild(app)
        except RebuildRunning:
            pass  # another process is filling it


def indexed_count() -> int:
    """Return how many services the live index holds."""
    live = live_index(current_app._get_current_object())
    with live.lock:
        return live.view().doc_count
