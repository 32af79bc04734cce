"""Any UK postcode works: one outside the gazetteer is placed by its sector, then its outcode."""

import csv

import pytest
from public_support import text, visible
from sqlalchemy import delete, func
from sqlmodel import select
from test_geo import M1_1AD, make_zip
from test_search_helpers import add, search

from directory import paths
from directory.geo import LocationNotFound, find_location, import_codepoint, load_seed_sectors
from directory.models import Outcode, PostcodeSector
from directory.setup_data import initialise
from directory.signposting.location import counted_outcode

SECTORS = paths.SEED / "geo" / "sectors.csv"
MANCHESTER_LA = "E08000003"
APPROXIMATE = "Near M1 1 — approximate: we don't have this exact postcode"
MANCHESTER_PLACE = {"name": "Piccadilly Youth Hub", "address": "1 Market Street",
                    "town": "Manchester", "postcode": "M1 1AE",
                    "latitude": 53.4824, "longitude": -2.2338}


def read_sectors() -> list[dict]:
    with SECTORS.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_a_postcode_outside_the_extract_is_placed_by_its_sector(session):
    point = find_location(session, "m11ae")
    assert (point.label, point.kind, point.matched) == ("M1 1AE", "sector", "M1 1")
    assert point.approximate
    assert (point.latitude, point.longitude) == pytest.approx((53.482, -2.235), abs=0.005)
    assert (point.la_code, point.la_name) == (MANCHESTER_LA, "Manchester")


def test_a_made_up_postcode_in_a_real_outcode_is_placed_by_its_outcode(session):
    assert session.get(PostcodeSector, "M1 9") is None
    point = find_location(session, "M1 9ZZ")
    assert (point.label, point.kind, point.matched, point.approximate) == (
        "M1 9ZZ", "outcode", "M1", True)
    m1 = session.get(Outcode, "M1")
    assert (point.latitude, point.longitude) == (m1.latitude, m1.longitude)


def test_exact_postcodes_outcodes_and_places_are_not_approximate(session):
    for typed in ("SG1 1AA", "SG1", "Stevenage"):
        point = find_location(session, typed)
        assert not point.approximate and point.matched is None


def test_a_postcode_in_an_unknown_outcode_is_still_not_found(session):
    with pytest.raises(LocationNotFound) as raised:
        find_location(session, "ZZ1 1ZZ")
    assert raised.value.reason == "unknown-postcode"


def test_an_approximate_postcode_is_counted_by_its_outcode(session):
    assert counted_outcode(session, find_location(session, "M1 1AE")) == "M1"
    assert counted_outcode(session, find_location(session, "M1 9ZZ")) == "M1"


def test_the_sector_extract_covers_every_outcode_and_stays_small():
    sectors = read_sectors()
    assert 10_000 <= len(sectors) <= 12_000
    assert SECTORS.stat().st_size < 1_000_000
    with (SECTORS.parent / "outcodes.csv").open(encoding="utf-8", newline="") as file:
        outcodes = {row["outcode"] for row in csv.DictReader(file)}
    assert {row["sector"].split(" ")[0] for row in sectors} == outcodes
    for row in sectors:
        assert 49.8 < float(row["latitude"]) < 60.9 and -8.7 < float(row["longitude"]) < 1.8
        assert len(row["latitude"].split(".")[1]) <= 5 and len(row["longitude"].split(".")[1]) <= 5


def test_loading_the_sectors_again_changes_nothing(session):
    before = session.exec(select(PostcodeSector).order_by(PostcodeSector.sector)).all()
    before = [row.model_dump() for row in before]
    assert load_seed_sectors(session, paths.SEED) == len(before) == len(read_sectors())
    after = session.exec(select(PostcodeSector).order_by(PostcodeSector.sector)).all()
    assert [row.model_dump() for row in after] == before


def test_initialise_fills_the_sectors_of_a_database_made_before_them(app, session):
    session.exec(delete(PostcodeSector))
    session.commit()
    assert initialise(app)["sectors"] == len(read_sectors())
    assert session.exec(select(func.count()).select_from(PostcodeSector)).one() > 10_000
    assert "sectors" not in initialise(app)  # already there: nothing reloaded


def test_importing_code_point_rebuilds_the_sectors(session, tmp_path):
    import_codepoint(session, make_zip(tmp_path, {"Data/CSV/m.csv": M1_1AD}))
    exact = find_location(session, "M1 1AD")
    sector = session.get(PostcodeSector, "M1 1")
    assert not exact.approximate
    assert (sector.latitude, sector.longitude) == (exact.latitude, exact.longitude)
    assert (sector.outcode, sector.la_code) == ("M1", MANCHESTER_LA)


def test_run_search_finds_services_near_an_approximate_postcode(app):
    manchester = add(app, name="Piccadilly Youth Hub", locations=[MANCHESTER_PLACE])
    results = search(app, location="M1 1AE", radius="5")
    assert results.location.approximate and results.location.matched == "M1 1"
    [hit] = results.local
    assert hit.service.id == manchester and hit.distance_miles < 1


def test_the_page_shows_services_near_an_approximate_postcode(app, client):
    add(app, name="Piccadilly Youth Hub", locations=[MANCHESTER_PLACE])
    response = client.get("/search?location=M1+1AE")
    page = visible(response)
    assert response.status_code == 200
    assert "Support near M1 1AE" in page and APPROXIMATE in page
    assert "Piccadilly Youth Hub" in page and "couldn't find" not in page


def test_the_demo_page_labels_an_outcode_fallback(demo_client):
    page = visible(demo_client.get("/search?location=M1+9ZZ"))
    assert "Near M1 — approximate: we don't have this exact postcode" in page
    assert "Available wherever you live" in page


def test_the_api_says_the_location_is_approximate(demo_client):
    body = demo_client.get("/api/v1/search?location=M1+1AE").get_json()
    location = body["location"]
    assert (location["label"], location["kind"]) == ("M1 1AE", "sector")
    assert location["matched"] == "M1 1"
    assert location["approximate"] is True
    assert location["lat"] == pytest.approx(53.482, abs=0.005)
    exact = demo_client.get("/api/v1/search?location=SG1+1AA").get_json()["location"]
    assert (exact["kind"], exact["approximate"], exact["matched"]) == ("postcode", False, None)


@pytest.mark.parametrize("place", ["Xyzzyville", "ZZ1 1ZZ", "ZZ9"])
def test_a_place_that_cannot_be_found_still_offers_help(demo_client, place):
    response = demo_client.get("/search", query_string={"location": place, "q": "sleep"})
    page = visible(response)
    assert response.status_code == 200
    assert page.count("couldn't find") == 1 and f"We couldn't find ‘{place}’" in page
    assert "Check the spelling" in page and "a nearby town" in page
    assert 'id="national-title"' in text(response) and 'id="crisis-strip-title"' in text(response)
    assert 'id="results-title"' not in text(response)  # no local list pretending to be near
    assert 'aria-invalid="true" aria-describedby="search-error"' in text(response)


def test_crisis_cards_come_first_when_the_place_cannot_be_found(demo_client):
    response = demo_client.get("/search?q=I+want+to+hurt+myself&location=Xyzzyville")
    page = text(response)
    assert response.status_code == 200
    assert page.index('id="crisis-title"') < page.index('role="alert"') < page.index(
        'id="national-title"')


def test_the_national_section_shows_even_when_no_national_service_matches_the_words(demo_client):
    page = text(demo_client.get("/search?location=Xyzzyville&q=zzqqxx"))
    assert 'id="national-title"' in page and 'class="card"' in page


def test_the_api_still_refuses_a_place_it_cannot_find(demo_client):
    response = demo_client.get("/api/v1/search?location=Xyzzyville")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "location_not_found"


def test_signposting_uses_the_approximate_point(demo_client):
    response = demo_client.get("/signpost/topics", query_string={"location": "M1 1AE", "age": "14"})
    assert response.status_code == 200
    assert APPROXIMATE in visible(response)
