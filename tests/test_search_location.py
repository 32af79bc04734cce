"""Location: the radius, distance order, the blend, national and area-only services (demo data)."""

import pytest
from test_search_helpers import search

from directory.geo.distance import miles_between
from directory.listings.freshness import is_stale
from directory.search.engine.executor import RELEVANCE_WEIGHT
from directory.search.engine.priors import factor

STEVENAGE_LA = "E07000243"
NORTH_HERTS_LA = "E07000099"


def distances(results) -> list[float]:
    return [hit.distance_miles for hit in results.local if hit.distance_miles is not None]


def factor_of(hit) -> float:
    return factor(is_stale(hit.service), hit.service.audience)


@pytest.mark.parametrize(("place", "radius"), [("SG1 1AA", 5), ("St Albans", 3), ("SG1", 10),
                                               ("Hitchin", 2.5)])
def test_every_local_result_is_within_the_radius_nearest_first(demo_app, place, radius):
    results = search(demo_app, location=place, radius=str(radius))
    assert results.location is not None and results.local
    found = distances(results)
    assert found and all(miles <= radius + 1e-9 for miles in found)
    # Nearest first; a listing not checked for a year, or not for young people, as if further.
    ranked = [h.distance_miles / factor_of(h) for h in results.local
              if h.distance_miles is not None]
    assert ranked == sorted(ranked)
    point = results.location
    for hit in results.local:
        assert not hit.national and not hit.service.national
        if hit.distance_miles is not None:  # the distance is to the nearest of its places
            nearest = min(miles_between(point.latitude, point.longitude, loc.latitude,
                                        loc.longitude) for loc in hit.service.locations)
            assert hit.distance_miles == pytest.approx(nearest)
            assert hit.location is not None
    assert results.local_total == len(results.local)


def test_a_wider_radius_finds_more_and_nothing_is_lost(demo_app):
    near = search(demo_app, location="SG1 1AA", radius="2")
    far = search(demo_app, location="SG1 1AA", radius="25")
    assert {h.service.id for h in near.local} < {h.service.id for h in far.local}
    assert max(distances(far)) > 2


def test_national_services_have_their_own_section(demo_app):
    results = search(demo_app, location="SG1 1AA")
    assert results.national and all(hit.national and hit.service.national
                                    for hit in results.national)
    assert all(hit.distance_miles is None for hit in results.national)
    local_ids = {hit.service.id for hit in results.local}
    assert not local_ids & {hit.service.id for hit in results.national}
    assert results.total == results.local_total + results.national_total


def test_area_only_services_appear_where_their_area_is_covered(demo_app):
    def area_only(results, name):
        return [hit for hit in results.local if hit.service.name == name]

    in_hitchin = area_only(search(demo_app, location="Hitchin"), "Youth Bus")
    assert in_hitchin and in_hitchin[0].distance_miles is None
    assert NORTH_HERTS_LA in in_hitchin[0].service.service_areas
    assert not area_only(search(demo_app, location="SG1 1AA", radius="25"), "Youth Bus")
    everywhere = search(demo_app, location="SG1 1AA")
    covering = [hit for hit in everywhere.local if hit.distance_miles is None]
    assert covering and all(STEVENAGE_LA in hit.service.service_areas and
                            not hit.service.locations for hit in covering)


def test_words_and_place_blend_relevance_with_distance(demo_app):
    results = search(demo_app, q="counselling", location="Stevenage", radius="10")
    assert results.local and all(m <= 10 + 1e-9 for m in distances(results))
    assert all("counselling" in {t.code for t in hit.service.terms} or
               "counsel" in (hit.service.name + hit.service.summary).lower()
               for hit in results.local[:3])
    # Best first by the blend times each listing's factor (freshness, audience): no tiers.
    scores = [hit.score for hit in results.local]
    assert scores == sorted(scores, reverse=True)
    best = results.local[0]
    assert RELEVANCE_WEIGHT * factor_of(best) <= best.score <= 1.0


def test_a_place_that_cannot_be_found_is_a_parameter_error(demo_app):
    from directory.search import SearchParamError

    with pytest.raises(SearchParamError) as refused:
        search(demo_app, location="Xyzzyville")
    assert refused.value.code == "location_not_found" and refused.value.field == "location"
    assert "Xyzzyville" in refused.value.message
