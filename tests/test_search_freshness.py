"""Listings not confirmed for 12 months rank after confirmed ones, and confirming lifts them."""

from datetime import date, timedelta

from directory import listings, search
from directory.listings import Actor
from directory.service_input import ServiceInput

ACTOR = Actor("freshness test")


def listing(ref: str, postcode: str, assured: date) -> ServiceInput:
    return ServiceInput.model_validate({
        "organisation": "Freshness Youth Trust", "service_ref": ref, "name": f"Chat club {ref}",
        "summary": "A weekly chat club for young people who feel low or worried.",
        "groupings": ["getting-advice"], "minimum_age": 11, "maximum_age": 18,
        "delivery_modes": ["in-person"], "phone": "01632 960555", "assured_date": assured,
        "locations": [{"postcode": postcode}],
    })


def order(session, **params) -> list[str]:
    results = search.run_search(session, search.SearchParams(**params))
    return [hit.service.service_ref for hit in results.local]


def test_stale_listings_rank_after_confirmed_ones_until_confirmed(session):
    old = date.today() - timedelta(days=500)
    near = listings.create_service(session, listing("near-but-stale", "SG1 1AA", old), ACTOR)
    listings.create_service(session, listing("further-but-checked", "SG1 1AB", date.today()),
                            ACTOR)
    session.commit()
    for params in ({"location": "SG1 1AA"}, {"q": "chat club", "location": "SG1 1AA"},
                   {"q": "chat club"}):
        assert order(session, **params) == ["further-but-checked", "near-but-stale"], params
    listings.confirm_service(session, near, ACTOR)
    session.commit()
    assert order(session, location="SG1 1AA") == ["near-but-stale", "further-but-checked"]
