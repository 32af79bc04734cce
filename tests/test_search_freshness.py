"""Listings not confirmed for 12 months rank a little lower, never in a tier of their own."""

from datetime import date, timedelta

import pytest

from directory import listings, search
from directory.listings import Actor
from directory.listings.fields import ServiceInput
from directory.search.engine.priors import STALE_FACTOR

ACTOR = Actor("freshness test")
LONG_AGO = date.today() - timedelta(days=500)


def listing(ref: str, postcode: str, assured: date, name: str = "", summary: str = ""
            ) -> ServiceInput:
    return ServiceInput.model_validate({
        "organisation": "Freshness Youth Trust", "service_ref": ref,
        "name": name or f"Chat club {ref}",
        "summary": summary or "A weekly chat club for young people who feel low or worried.",
        "groupings": ["getting-advice"], "minimum_age": 11, "maximum_age": 18,
        "delivery_modes": ["in-person"], "phone": "01632 960555", "assured_date": assured,
        "locations": [{"postcode": postcode}],
    })


def hits(session, **params) -> list:
    return search.run_search(session, search.SearchParams(**params)).local


def order(session, **params) -> list[str]:
    return [hit.service.service_ref for hit in hits(session, **params)]


def test_the_same_words_score_a_little_lower_until_confirmed(session):
    stale = listings.create_service(session, listing("stale", "SG1 1AA", LONG_AGO), ACTOR)
    listings.create_service(session, listing("checked", "SG1 1AA", date.today()), ACTOR)
    session.commit()
    checked, old = hits(session, q="chat club")
    assert (checked.service.service_ref, old.service.service_ref) == ("checked", "stale")
    assert old.score == pytest.approx(checked.score * STALE_FACTOR)
    listings.confirm_service(session, stale, ACTOR)
    session.commit()
    first, second = hits(session, q="chat club")
    assert first.score == pytest.approx(second.score)


def test_a_stale_listing_ranks_as_if_a_little_further_away(session):
    # From SG1 1AA: SG1 3JL is 1.0 mile away, SG1 3PX 1.11 and SG1 3PT 1.25 miles.
    listings.create_service(session, listing("stale-1-mile", "SG1 3JL", LONG_AGO), ACTOR)
    listings.create_service(session, listing("checked-1.1", "SG1 3PX", date.today()), ACTOR)
    listings.create_service(session, listing("checked-1.25", "SG1 3PT", date.today()), ACTOR)
    session.commit()
    # 1.0 / 0.85 = 1.18 miles: after the one at 1.11 miles, before the one at 1.25.
    assert order(session, location="SG1 1AA") == ["checked-1.1", "stale-1-mile", "checked-1.25"]


def test_a_stale_listing_that_matches_better_still_comes_first(session):
    listings.create_service(session, listing(
        "bullying-stale", "SG1 1AA", LONG_AGO, name="Bullying support service",
        summary="Help for young people who are being bullied in person or online."), ACTOR)
    listings.create_service(session, listing(
        "club-checked", "SG1 1AA", date.today(), name="Friday youth club",
        summary="Games, music and a chat; we also talk about bullying sometimes."), ACTOR)
    session.commit()
    for params in ({"q": "being bullied"}, {"q": "bullying", "location": "SG1 1AA"}):
        assert order(session, **params)[0] == "bullying-stale", params
