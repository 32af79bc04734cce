"""Relevance on the demo directory: plain words, typos, crisis words (read-only on demo_app)."""

import pytest
from sqlmodel import select
from test_search_helpers import search

from directory import db
from directory.listings.freshness import is_stale
from directory.models import Service
from directory.search import LISTED
from directory.search.engine import lattice
from directory.search.engine.analysis import fold


def topics_of(hit) -> set[str]:
    return {term.code for term in hit.service.terms}


def test_councelling_finds_counselling_and_suggests_the_spelling(demo_app):
    results = search(demo_app, q="councelling")
    assert results.suggestion == "counselling"
    top = results.local[:5]
    assert top and all("counselling" in topics_of(hit) for hit in top)
    assert all("counsel" in hit.service.name.lower() for hit in top[:3])


def test_feeling_sad_finds_low_mood_support(demo_app):
    results = search(demo_app, q="feeling sad")
    assert results.topics == ["low-mood"] and results.suggestion is None
    assert len(results.local) >= 10
    assert all("low-mood" in topics_of(hit) for hit in results.local[:10])


def test_cant_sleep_finds_sleep_services_named_for_it_first(demo_app):
    for words in ("cant sleep", "can't sleep", "Can’t SLEEP"):
        results = search(demo_app, q=words)
        assert results.topics == ["sleep"] and not results.crisis
        assert all("sleep" in topics_of(hit) for hit in results.local[:5])
        assert "sleep" in results.local[0].service.name.lower()


def test_self_harm_sets_crisis_and_puts_self_harm_support_first(demo_app):
    results = search(demo_app, q="self harm")
    assert results.crisis and results.crisis_topics == ["self-harm"]
    assert all("self-harm" in topics_of(hit) for hit in results.local[:5])


def test_the_crisis_card_comes_before_any_result_on_the_page(demo_client):
    page = demo_client.get("/search?q=self+harm").get_data(as_text=True)
    crisis = page.index('id="crisis-title"')
    assert "crisis-card" in page[crisis:]
    first_result = page.index('class="card"')
    assert crisis < page.index("crisis-card") < first_result
    calm = demo_client.get("/search?q=cant+sleep").get_data(as_text=True)
    assert 'id="crisis-title"' not in calm and 'class="card"' in calm


def test_name_matches_outrank_passing_mentions(demo_app):
    results = search(demo_app, q="youth theatre")
    assert results.local[0].service.name.lower() == "youth theatre"


def test_words_unknown_to_the_index_find_nothing_and_suggest_nothing(demo_app):
    results = search(demo_app, q="zzqxv")
    assert results.total == 0 and results.suggestion is None and results.local == []


def test_only_listed_services_are_found(demo_app):
    with demo_app.app_context():
        session = db.new_session(demo_app)
        listed = set(session.exec(select(Service.id).where(Service.status.in_(LISTED))))
        session.close()
    results = search(demo_app)  # no words, no place: everything, alphabetically
    assert {hit.service.id for hit in results.local} | {
        hit.service.id for hit in results.national} <= listed
    assert results.total == len(listed)
    keys = [fold(hit.service.name) for hit in results.local]  # A–Z, however fresh
    assert keys == sorted(keys) and any(is_stale(hit.service) for hit in results.local)


@pytest.mark.parametrize("args", [
    {"q": "counselling"}, {"q": "feeling sad"}, {"q": "peer support group"},
    {"q": "bereavement support", "grouping": "getting-help"},
    {"q": "cant sleep", "location": "SG1 1AA", "radius": "10"},
    {"q": "family support", "location": "Hitchin", "radius": "5", "age": "12"},
])
def test_the_lattice_walk_and_scoring_from_postings_agree(demo_app, monkeypatch, args):
    walked = search(demo_app, **args)
    monkeypatch.setattr(lattice, "MAX_STEPS", 0)  # every walk gives up: postings are scored
    scored = search(demo_app, **args)
    assert walked.local_total == scored.local_total and walked.facets == scored.facets
    assert [round(h.score, 9) for h in walked.local] == [round(h.score, 9) for h in scored.local]
    assert {h.service.id for h in walked.national} == {h.service.id for h in scored.national}
