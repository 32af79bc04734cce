"""The demo directory: realistic coverage, loaded through the importer, honest about being demo."""

import csv
import importlib.util

import pytest
from sqlalchemy import func
from sqlmodel import select

from directory import db, listings, paths
from directory.geo import LocationNotFound, find_location, lookup_postcode, miles_between
from directory.listings.fields import LocationInput
from directory.models import Organisation, Service

HERTS_DISTRICTS = {
    "E07000095",
    "E07000096",
    "E07000098",
    "E07000099",
    "E07000102",
    "E07000103",
    "E07000240",
    "E07000241",
    "E07000242",
    "E07000243",
}
GROUPINGS = {
    "thriving",
    "getting-advice",
    "getting-help",
    "getting-more-help",
    "getting-risk-support",
}


def services(app) -> list[Service]:
    with app.app_context():
        s = db.new_session(app)
        rows = s.exec(select(Service)).all()
        for row in rows:  # load what the assertions read before the session closes
            _ = (row.groupings, row.locations, row.organisation, row.schedules)
        s.close()
        return rows


def test_demo_covers_every_grouping_in_every_district(demo_app):
    rows = services(demo_app)
    assert len(rows) >= 150
    covered = {
        (loc.la_code, code) for s in rows for loc in s.locations for code in s.grouping_codes
    }
    assert {(d, g) for d in HERTS_DISTRICTS for g in GROUPINGS} <= covered


def test_demo_has_the_variety_a_real_directory_has(demo_app):
    rows = services(demo_app)
    assert {m for s in rows for m in s.delivery_modes} == {
        "in-person",
        "online",
        "phone",
        "text",
        "home-visit",
    }
    assert min(s.minimum_age for s in rows) == 0 and max(s.maximum_age for s in rows) == 25
    assert {s.self_referral for s in rows} == {True, False}
    assert {s.cost for s in rows} == {"free", "paid", "some-free"}
    assert any(s.availability == "waiting-list" and s.wait_weeks for s in rows)
    assert any(len(s.locations) > 1 for s in rows)
    assert any(s.service_areas and not s.locations and not s.national for s in rows)
    assert any(loc.hide_address for s in rows for loc in s.locations)
    assert len({lang for s in rows for lang in s.languages}) >= 5


def test_national_helplines_are_real_and_local_services_say_they_are_demo(demo_app):
    rows = services(demo_app)
    national = {s.name for s in rows if s.national}
    assert {"Childline", "Samaritans", "Shout 85258", "NSPCC Helpline"} <= national
    local = [s for s in rows if not s.national]
    assert all("demonstration data" in s.description for s in local)


def test_seeding_twice_does_not_duplicate(runner, app):
    assert runner.invoke(args=["seed"]).exit_code == 0
    result = runner.invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    assert "0 services added" in result.output
    with app.app_context():
        s = db.new_session(app)
        names = s.exec(
            select(Organisation.name, func.count())
            .group_by(Organisation.name)
            .having(func.count() > 1)
        ).all()
        assert names == []
        s.close()


def test_healthz_reports_database_and_index_in_step(demo_client):
    response = demo_client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["database"] == "ok" and body["index"] == "ok"
    assert body["services"] == body["indexed"] >= 150


def seed_builder():
    """Load seed/build_demo_services.py (its towns and postcode lists) without running it."""
    spec = importlib.util.spec_from_file_location("build_demo_services",
                                                  paths.SEED / "build_demo_services.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_places() -> tuple[dict[str, str], dict[str, str]]:
    """Return every town (→ its district) and postcode (→ its town) named anywhere in seed/."""
    builder = seed_builder()
    towns = dict(builder.TOWN_DISTRICT)
    postcodes = {code: town for town, codes in builder.POSTCODES.items() for code in codes}
    with (paths.SEED / "services.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["postcode"]:
                postcodes[row["postcode"]] = row["town"]
            if row["town"]:
                towns.setdefault(row["town"], None)
    return towns, postcodes


def test_every_seed_town_and_postcode_is_in_the_gazetteer(session):
    towns, postcodes = seed_places()
    assert "South Oxhey" in towns and len(postcodes) > 300
    places = {}
    for town, district in towns.items():
        try:
            places[town] = find_location(session, town)
        except LocationNotFound:
            pytest.fail(f"the seed town {town!r} is not in the gazetteer (seed/geo/places.csv)")
        assert places[town].kind == "place"
        assert district is None or places[town].la_code == district, town
    for postcode, town in postcodes.items():
        found = lookup_postcode(session, postcode)
        assert found is not None, f"the seed postcode {postcode} is not in the gazetteer"
        point = listings.resolve_location(session, LocationInput(postcode=postcode))
        assert point == (found.latitude, found.longitude, found.la_code)  # what the importer uses
        if town:  # each postcode lies near the centre of the town it is given for
            place = places[town]
            miles = miles_between(place.latitude, place.longitude, found.latitude, found.longitude)
            assert miles < 3, (postcode, town, miles)
            assert found.la_code == place.la_code, (postcode, town)
