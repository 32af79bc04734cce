"""A commit that changes very many services rebuilds the index instead of updating it."""

from test_search_helpers import ACTOR, found_ids, listing

from directory import db, listings
from directory.search.engine.store import IndexStore


def create_in_one_commit(app, count: int, prefix: str) -> set[int]:
    with db.session_scope(app) as session:
        return {listings.create_service(session, listing(
            service_ref=f"{prefix}-{n}", name=f"Bittern {prefix} {n}"), ACTOR).id
            for n in range(count)}


def test_a_commit_of_many_services_makes_a_new_generation_holding_them(app):
    app.config["SEARCH_REBUILD_AT"] = 5
    store = IndexStore(app.config["INDEX_PATH"])
    before = store.live_name()
    few = create_in_one_commit(app, 4, "few")
    assert store.live_name() == before  # below the threshold: updated in place
    many = create_in_one_commit(app, 5, "many")
    assert store.live_name() != before
    assert found_ids(app, "bittern") == few | many


def test_while_another_process_rebuilds_the_services_are_updated_in_place(app):
    app.config["SEARCH_REBUILD_AT"] = 3
    store = IndexStore(app.config["INDEX_PATH"])
    before = store.live_name()
    with store.exclusive():  # as a 'directory reindex' elsewhere would
        created = create_in_one_commit(app, 3, "busy")
    assert store.live_name() == before
    assert found_ids(app, "bittern") == created
