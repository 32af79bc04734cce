"""Each filter narrows results correctly, and facet counts match what a click would find."""

from datetime import datetime

import pytest
from sqlalchemy import func, select
from test_search_helpers import search

from directory import db
from directory.listings.opening_hours import LONDON, is_open
from directory.models import Service
from directory.search import LISTED

TUESDAY_5PM = datetime(2026, 11, 24, 17, 0, tzinfo=LONDON)
SUNDAY_3AM = datetime(2026, 11, 29, 3, 0, tzinfo=LONDON)


def every_hit(results):
    return results.local + results.national


def test_grouping_is_repeatable_and_means_any_of(demo_app):
    one = search(demo_app, grouping="getting-risk-support")
    assert one.local and all("getting-risk-support" in h.service.grouping_codes
                             for h in every_hit(one))
    both = search(demo_app, grouping=["getting-risk-support", "thriving"])
    assert {h.service.id for h in every_hit(one)} < {h.service.id for h in every_hit(both)}
    assert all({"getting-risk-support", "thriving"} & set(h.service.grouping_codes)
               for h in every_hit(both))


@pytest.mark.parametrize("age", [0, 4, 11, 18, 25])
def test_age_keeps_services_whose_range_contains_it(demo_app, age):
    results = search(demo_app, age=str(age))
    assert every_hit(results)
    assert all(h.service.minimum_age <= age <= h.service.maximum_age for h in every_hit(results))
    with demo_app.app_context():
        session = db.new_session(demo_app)
        expected = session.scalar(select(func.count()).select_from(Service).where(
            Service.status.in_(LISTED), Service.minimum_age <= age, Service.maximum_age >= age))
        session.close()
    assert results.total == expected


def test_delivery_is_repeatable(demo_app):
    results = search(demo_app, delivery=["text", "home-visit"])
    assert every_hit(results)
    assert all({"text", "home-visit"} & set(h.service.delivery_modes) for h in every_hit(results))


def test_cost_free_and_self_referral(demo_app):
    free = search(demo_app, cost="free")
    assert free.total and all(h.service.cost == "free" for h in every_hit(free))
    own = search(demo_app, self_referral="1")
    assert own.total and all(h.service.self_referral for h in every_hit(own))


def test_open_now_follows_the_schedules_in_london_time(demo_app):
    for moment in (TUESDAY_5PM, SUNDAY_3AM):
        results = search(demo_app, now=moment, open_now="1")
        assert results.total
        for hit in every_hit(results):
            assert hit.open_now and hit.service.status == "active"
            assert is_open(hit.service.schedules, moment)
    late = {h.service.id for h in every_hit(search(demo_app, now=SUNDAY_3AM, open_now="1"))}
    day = {h.service.id for h in every_hit(search(demo_app, now=TUESDAY_5PM, open_now="1"))}
    assert late < day  # at 3am on a Sunday only the 24/7 services are open


def test_facet_counts_are_what_ticking_the_box_would_find(demo_app):
    base = {"location": "SG1 1AA", "radius": "10", "q": "support"}
    results = search(demo_app, **base)
    facets = results.facets
    assert set(facets) == {"grouping", "age_band", "delivery", "audience", "cost",
                           "self_referral", "open_now"}
    for who, count in facets["audience"].items():
        assert search(demo_app, **base, audience=who).total == count
    for code, count in facets["grouping"].items():
        assert search(demo_app, **base, grouping=code).total == count
    for mode, count in facets["delivery"].items():
        assert search(demo_app, **base, delivery=mode).total == count
    assert search(demo_app, **base, cost="free").total == facets["cost"]["free"]
    assert search(demo_app, **base, self_referral="1").total == facets["self_referral"]["yes"]


def test_a_family_counts_without_its_own_filter(demo_app):
    ticked = search(demo_app, grouping="thriving", cost="free")
    unticked = search(demo_app, cost="free")
    assert ticked.facets["grouping"] == unticked.facets["grouping"]
    assert ticked.total == unticked.facets["grouping"]["thriving"]
    assert ticked.facets["cost"]["free"] == ticked.total
