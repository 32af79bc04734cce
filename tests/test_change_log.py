"""The change log: every write path appends to it in its own transaction, and a second node's
index (its own folder, the same database) follows it from a saved cursor."""

from datetime import timedelta

from accounts_support import dispose, sibling_app
from sqlmodel import select
from test_search_helpers import ACTOR, add, found_ids, listing

from directory import change_log, db, listings
from directory.listings.writing import update_availability
from directory.models import ChangeLogEntry, Service
from directory.models.base import utcnow
from directory.search import follower


def entries(app) -> list[tuple[int, str]]:
    with db.session_scope(app) as session:
        return [(e.service_id, e.what) for e in session.exec(
            select(ChangeLogEntry).order_by(ChangeLogEntry.seq))]


def test_each_write_path_appends_one_entry_per_listing_in_its_transaction(app):
    sid = add(app, name="Heron wellbeing club")
    assert entries(app)[-1] == (sid, "created")
    with db.session_scope(app) as session:
        service = session.get(Service, sid)
        listings.update_service(session, service, listing(name="Kingfisher wellbeing club"),
                                ACTOR)
    assert entries(app)[-1] == (sid, "name")
    with db.session_scope(app) as session:
        service = session.get(Service, sid)
        update_availability(session, service, "waiting-list", 6, ACTOR, service.version)
    assert entries(app)[-1][0] == sid and "wait_weeks" in entries(app)[-1][1]
    with db.session_scope(app) as session:
        listings.retire_service(session, session.get(Service, sid), ACTOR, reason="closed")
    assert entries(app)[-1] == (sid, "status")
    assert len(entries(app)) == 4


def test_a_rolled_back_change_leaves_no_entry(app):
    sid = add(app)
    before = entries(app)
    session = db.new_session(app)
    try:
        service = session.get(Service, sid)
        service.name = "Never saved"
        session.add(service)
        session.flush()
        session.rollback()
    finally:
        session.close()
    assert entries(app) == before


def test_sequence_numbers_follow_the_commit_order(app):
    first, second = add(app, service_ref="one"), add(app, service_ref="two")
    with db.session_scope(app) as session:
        seqs = {e.service_id: e.seq for e in session.exec(select(ChangeLogEntry))}
    assert seqs[first] < seqs[second]


def test_a_second_node_finds_a_change_only_once_it_follows_the_log(app, tmp_path):
    node_b = sibling_app(app, INDEX_PATH=str(tmp_path / "index-b"))
    try:
        follower.catch_up(node_b)  # a new node: no cursor, so it builds its index
        cursor = follower.read_cursor(node_b)
        assert cursor is not None and follower.lag(node_b)["behind"] == 0

        sid = add(app, name="Heron wellbeing club")  # node A writes (and indexes its own)
        assert found_ids(app, "heron") == {sid}
        assert found_ids(node_b, "heron") == set()
        assert follower.lag(node_b)["behind"] == 1

        assert follower.catch_up(node_b) == 1
        assert found_ids(node_b, "heron") == {sid}
        assert follower.read_cursor(node_b) == cursor + 1
        assert follower.lag(node_b) | {"behind_seconds": 0.0} == {
            "cursor": cursor + 1, "latest": cursor + 1, "behind": 0, "behind_seconds": 0.0}
    finally:
        dispose(node_b)


def test_a_node_whose_cursor_was_pruned_past_compares_its_whole_index(app, tmp_path):
    node_b = sibling_app(app, INDEX_PATH=str(tmp_path / "index-b"))
    try:
        follower.catch_up(node_b)
        generation = follower._store(node_b).live_name()
        sid = add(app, name="Heron wellbeing club")
        add(app, service_ref="other", name="Otter art group")
        with db.session_scope(app) as session:
            assert change_log.prune(session, utcnow() + timedelta(days=1)) >= 1
        assert follower.catch_up(node_b) == -1  # compared whole and repaired
        assert follower._store(node_b).live_name() == generation
        assert found_ids(node_b, "heron") == {sid}
        assert follower.lag(node_b)["behind"] == 0
    finally:
        dispose(node_b)


def test_a_node_far_behind_compares_whole_instead_of_replaying(app, tmp_path, monkeypatch):
    node_b = sibling_app(app, INDEX_PATH=str(tmp_path / "index-b"))
    try:
        follower.catch_up(node_b)
        ids = {add(app, service_ref=f"bulk-{n}", name=f"Heron club {n}") for n in range(4)}
        monkeypatch.setattr(follower, "REBUILD_OVER", 2)
        generation = follower._store(node_b).live_name()
        assert follower.catch_up(node_b) == -1
        assert follower._store(node_b).live_name() != generation  # 4 drifted > 2: rebuilt
        assert found_ids(node_b, "heron") == ids
        assert follower.lag(node_b)["behind"] == 0

        more = add(app, service_ref="one-more", name="Heron club extra")
        for n in range(3):  # entries pile up, but only one listing drifted
            with db.session_scope(app) as session:
                service = session.get(Service, more)
                listings.update_service(session, service, listing(
                    service_ref="one-more", name=f"Heron club extra {n}"), ACTOR)
        generation = follower._store(node_b).live_name()
        assert follower.catch_up(node_b) == -1
        assert follower._store(node_b).live_name() == generation  # repaired, not rebuilt
        assert more in found_ids(node_b, "extra")
        assert follower.lag(node_b)["behind"] == 0
    finally:
        dispose(node_b)


def test_doctor_reports_and_sets_the_cursor(app, tmp_path):
    from directory import search

    add(app, name="Heron wellbeing club")
    report = search.doctor(app, repair=True)
    with db.session_scope(app) as session:
        assert report["cursor"] == report["log_latest"] == change_log.latest(session)


def test_healthz_reports_the_nodes_lag(app, client):
    add(app)
    search_report = client.get("/healthz").get_json()
    assert search_report["change_log"]["latest"] >= 1
    assert set(search_report["change_log"]) == {"cursor", "latest", "behind", "behind_seconds"}
