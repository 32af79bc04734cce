"""Reindexing while searches run, writes during a reindex, and several writer processes."""

import multiprocessing
import threading

from test_search_helpers import add, found_ids, write_services

from directory import search
from directory.search.engine.store import IndexStore


def test_a_reindex_swaps_in_while_searches_go_on(app):
    expected = {add(app, name=f"Heron {n}", service_ref=f"h{n}") for n in range(25)}
    stop, errors, seen = threading.Event(), [], []

    def keep_searching():
        while not stop.is_set():
            try:
                seen.append(found_ids(app, "heron"))
            except Exception as error:  # any failure at all is what this test looks for
                errors.append(error)

    threads = [threading.Thread(target=keep_searching) for _ in range(3)]
    for thread in threads:
        thread.start()
    store = IndexStore(app.config["INDEX_PATH"])
    generations = {store.live_name()}
    try:
        for _ in range(3):
            assert search.rebuild(app) == 25
            generations.add(store.live_name())
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(seen) >= 10 and all(found == expected for found in seen)
    assert len(generations) == 4  # each rebuild made a new generation live
    assert len(list(store.root.glob("gen-*"))) <= 2  # older ones were cleared away


def test_a_reindex_can_share_the_work_with_worker_processes(app):
    expected = {add(app, name=f"Heron {n}", service_ref=f"h{n}") for n in range(30)}
    app.config.update(SEARCH_BUILD_WORKERS=3, SEARCH_BUILD_PARALLEL_MIN=10)
    assert search.rebuild(app) == 30
    assert found_ids(app, "heron") == expected
    store = IndexStore(app.config["INDEX_PATH"])
    assert len(list((store.root / store.live_name()).glob("*.seg"))) == 3
    assert not list((store.root / store.live_name()).glob(".part-*"))
    assert search.doctor(app)["indexed"] == 30


def test_writes_during_a_reindex_are_not_lost(app):
    for n in range(40):
        add(app, name=f"Heron {n}", service_ref=f"h{n}")
    added, errors = [], []

    def keep_writing():
        try:
            for n in range(8):
                added.append(add(app, name=f"Plover {n}", service_ref=f"p{n}"))
        except Exception as error:
            errors.append(error)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    search.rebuild(app)
    writer.join()
    assert errors == []
    assert found_ids(app, "plover") == set(added)
    report = search.doctor(app)
    assert (report["missing"], report["extra"], report["stale"]) == ([], [], [])


def test_several_processes_write_safely(app):
    folder = app.config["INSTANCE_PATH"]
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        created = pool.starmap(write_services, [(app.config["DATABASE_URL"], folder, worker, 6)
                                                for worker in range(3)])
    assert sum(len(ids) for ids in created) == 18
    for worker, ids in enumerate(created):
        for n, sid in enumerate(ids):
            if n % 2 == 0:
                assert found_ids(app, f"w{worker}e{n // 2}") == {sid}
                assert found_ids(app, f"w{worker}n{n}") == set()
            else:
                assert found_ids(app, f"w{worker}n{n}") == {sid}
    report = search.doctor(app)
    assert report["services"] == report["indexed"] == 18
    assert (report["missing"], report["extra"], report["stale"], report["duplicates"]) == (
        [], [], [], [])
