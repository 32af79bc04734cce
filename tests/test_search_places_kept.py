"""A view keeps the documents within its latest places' radii (segment_cache.View.place)."""

from test_search_helpers import add, search

from directory.search.engine import segment_cache
from directory.search.query import live_index


def local_names(app, **args) -> set[str]:
    return {hit.service.name for hit in search(app, **args).local}


def test_a_place_searched_again_is_kept_and_a_new_listing_there_is_still_found(app):
    add(app, name="Heron talking space", service_ref="heron")
    assert local_names(app, q="talking", location="SG1 1AA", radius="5") == {
        "Heron talking space"}
    live = live_index(app)
    with live.lock:
        kept = dict(live.view()._places)
    assert len(kept) == 1
    add(app, name="Egret talking space", service_ref="egret")  # a commit: a new view
    assert local_names(app, q="talking", location="SG1 1AA", radius="5") == {
        "Heron talking space", "Egret talking space"}
    with live.lock:
        assert not set(live.view()._places.values()) & set(kept.values())


def test_the_same_place_with_another_radius_is_another_search(app):
    add(app, name="Heron talking space", service_ref="heron",
        locations=[{"address": "2 Bancroft", "town": "Hitchin", "latitude": 51.949,
                   "longitude": -0.283}])
    assert local_names(app, q="talking", location="SG1 1AA", radius="1") == set()
    assert local_names(app, q="talking", location="SG1 1AA", radius="10") == {
        "Heron talking space"}


def test_only_the_latest_places_are_kept(app, monkeypatch):
    monkeypatch.setattr(segment_cache, "PLACES_KEPT", 2)
    add(app, name="Heron talking space", service_ref="heron")
    for radius in ("1", "2", "5"):
        search(app, q="talking", location="SG1 1AA", radius=radius)
    live = live_index(app)
    with live.lock:
        assert [key[-1] for key in live.view()._places] == [2.0, 5.0]
