"""The index follows the database after every commit; failures are logged, then repaired."""

import logging

from sqlalchemy import update
from test_search_helpers import ACTOR, add, found_ids, listing, search

from directory import db, listings
from directory import search as search_package
from directory.models import Service
from directory.search.engine.store import IndexStore


def test_a_new_listing_is_searchable_after_its_commit(app):
    sid = add(app, name="Heron wellbeing café")
    assert found_ids(app, "heron") == {sid}
    assert found_ids(app, "cafe") == {sid}  # accents folded
    with app.app_context():
        assert search_package.indexed_count() == 1


def test_the_index_follows_an_edit(app):
    sid = add(app, name="Heron wellbeing club")
    with db.session_scope(app) as session:
        service = session.get(Service, sid)
        listings.update_service(session, service, listing(name="Kingfisher wellbeing club"),
                                ACTOR)
    assert found_ids(app, "heron") == set()
    assert found_ids(app, "kingfisher") == {sid}
    assert search_package.doctor(app)["stale"] == []


def test_the_index_follows_a_retirement(app):
    sid = add(app, name="Heron wellbeing club")
    with db.session_scope(app) as session:
        listings.retire_service(session, session.get(Service, sid), ACTOR, reason="closed")
    assert found_ids(app, "heron") == set()
    with app.app_context():
        assert search_package.indexed_count() == 0


def test_pending_and_inactive_listings_never_appear(app):
    add(app, name="Heron pending", service_ref="a", status="pending")
    add(app, name="Heron inactive", service_ref="b", status="inactive")
    closed = add(app, name="Heron paused", service_ref="c", status="temporarily-closed")
    assert found_ids(app, "heron") == {closed}
    [hit] = search(app, q="heron").local
    assert hit.open_now is False  # temporarily closed: never "open now"


def test_a_rollback_indexes_nothing(app):
    with app.app_context():
        session = db.new_session(app)
        listings.create_service(session, listing(name="Heron never saved"), ACTOR)
        session.rollback()
        session.close()
    assert found_ids(app, "heron") == set()


def test_a_failed_index_update_is_logged_kept_and_repaired(app, caplog):
    app.config.update(SEARCH_LOCK_ATTEMPTS=2, SEARCH_LOCK_WAIT=0.05)
    store = IndexStore(app.config["INDEX_PATH"])
    lock = store.open().lock("WRITELOCK")  # as if another process held the writer lock
    assert lock.acquire()
    try:
        with caplog.at_level(logging.ERROR):
            sid = add(app, name="Heron during a lock")
    finally:
        lock.release()
    assert "Search index update failed" in caplog.text
    with app.app_context(), db.new_session(app) as check:  # closed, or the schema drop waits
        assert check.get(Service, sid) is not None  # the write stands
    report = search_package.doctor(app)
    assert report["missing"] == [sid] and report["repaired"] == 0
    assert found_ids(app, "heron") == set()
    repaired = search_package.doctor(app, repair=True)
    assert repaired["repaired"] == 1
    assert found_ids(app, "heron") == {sid}
    assert search_package.doctor(app)["missing"] == []


def test_doctor_finds_and_repairs_every_kind_of_drift(app):
    kept, changed, gone = (add(app, name=f"Heron {n}", service_ref=n)
                           for n in ("kept", "changed", "gone"))
    engine = app.extensions["directory.engine"]
    with engine.begin() as connection:  # writes that bypass the write path (and the index)
        connection.execute(update(Service).where(Service.id == changed)
                           .values(version=Service.version + 1, name="Heron renamed"))
        connection.execute(update(Service).where(Service.id == gone).values(status="inactive"))
    report = search_package.doctor(app)
    assert (report["missing"], report["extra"], report["stale"]) == ([], [gone], [changed])
    search_package.doctor(app, repair=True)
    assert search_package.doctor(app)["stale"] == []
    assert found_ids(app, "heron") == {kept, changed}
    assert found_ids(app, "renamed") == {changed}


def test_the_index_is_created_at_start_up_and_filled_when_small(app):
    add(app, name="Heron before the index")
    store = IndexStore(app.config["INDEX_PATH"])
    (store.root / "CURRENT").unlink()  # as if the index folder had been lost
    from directory import create_app

    again = create_app({**app.config})
    try:
        assert store.live_name() is not None
        assert found_ids(again, "heron")
    finally:
        again.extensions["directory.engine"].dispose()
