"""The demo directory: realistic coverage, loaded through the importer, honest about being demo.

seed/services.csv is edited by hand, so the rules seed/README.md gives it are checked here: on the
file itself (what the importer does not check, or cannot know is demo), and on what the importer
makes of it. The importer checks the format itself (codes, ages, numbers, dates, hours).
"""

import csv
import json
import re
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import select

from directory import db, listings, paths
from directory.geo import LocationNotFound, find_location, lookup_postcode, miles_between
from directory.listings.fields import LocationInput, csv_columns
from directory.models import Organisation, Service
from directory.search.bench.relevance import DEMO_NOW
from directory.vocabulary import fixed

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
SERVICES_CSV = paths.SEED / "services.csv"
DEMO_SENTENCE = "This is demonstration data: the service is fictional."
# Ofcom's numbers for drama: 01632 960xxx and 020 7946 0xxx, and 07700 900xxx for texts.
DRAMA_PHONE = re.compile(r"01632 960\d{3}|020 7946 0\d{3}")
DRAMA_MOBILE = re.compile(r"07700 900\d{3}")
EXAMPLE_ORG = re.compile(r"\.example\.org(/|$)")
# The columns that differ between the rows of a service delivered at several places.
LOCATION = ("location_name", "address", "town", "postcode", "latitude", "longitude")
LISTS = ("groupings", "topics", "support_types", "audience", "referral_routes",
         "delivery_modes", "languages", "service_areas")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # newlines and tabs included


def services(app) -> list[Service]:
    with app.app_context():
        s = db.new_session(app)
        rows = s.exec(select(Service)).all()
        for row in rows:  # load what the assertions read before the session closes
            _ = (row.groupings, row.locations, row.organisation, row.schedules)
        s.close()
        return rows


def demo_rows() -> list[dict]:
    """Return seed/services.csv as it is written, one dict a row."""
    with SERVICES_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def by_service(rows: list[dict]) -> dict[str, list[dict]]:
    services = defaultdict(list)
    for row in rows:
        services[row["service_ref"]].append(row)
    return services


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


def test_the_demo_shows_every_state_a_listing_can_be_in():
    services = [rows[0] for rows in by_service(demo_rows()).values()]

    def values(column: str) -> set[str]:
        return {value for s in services for value in s[column].split(";")}

    assert values("availability") == set(fixed.AVAILABILITY)
    assert values("audience") == set(fixed.AUDIENCES)
    assert values("parental_involvement") == set(fixed.PARENTAL_INVOLVEMENT)
    spans = [(int(s["minimum_age"]), int(s["maximum_age"])) for s in services
             if s["national"] == "no"]
    assert any(high <= 4 for _low, high in spans)  # parent-infant and early years
    assert any(low >= 5 and high <= 11 for low, high in spans)  # primary
    assert any(low >= 11 and high <= 18 for low, high in spans)  # secondary
    assert any(low >= 16 for low, _high in spans)  # 16 to 25, moving on to adult services
    days = [(DEMO_NOW.date() - date.fromisoformat(s["assured_date"])).days for s in services]
    assert any(d > 365 for d in days) and any(183 < d <= 365 for d in days)  # "last checked"


def test_the_demo_file_is_the_import_format_one_record_a_line():
    data = SERVICES_CSV.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    lines = data.split(b"\r\n")  # the line ending csv.writer uses, throughout
    assert lines[-1] == b"" and not any(b"\r" in line or b"\n" in line for line in lines)
    with SERVICES_CSV.open(encoding="utf-8", newline="") as handle:
        header, *records = list(csv.reader(handle))
    assert header == list(csv_columns())  # every column of the format, in its order
    assert len(records) == len(lines) - 2  # no record runs over two lines
    assert [n for n, r in enumerate(records, 2) if len(r) != len(header)] == []
    problems = []
    for line, record in enumerate(records, 2):
        row = dict(zip(header, record, strict=True))
        for column, value in row.items():
            if CONTROL.search(value) or value != value.strip() or "  " in value:
                problems.append(f"line {line} {column}: a control character or a stray space")
        for column in LISTS:
            items = row[column].split(";") if row[column] else []
            if "" in items or len(items) != len(set(items)):
                problems.append(f"line {line} {column}: an empty or repeated item")
    assert problems == []


def test_every_service_says_what_happens_when_you_get_in_touch():
    said = {ref: {row["first_contact"] for row in rows}
            for ref, rows in by_service(demo_rows()).items()}
    assert {ref: texts for ref, texts in said.items() if len(texts) != 1} == {}
    first_contact = {ref: texts.pop() for ref, texts in said.items()}
    assert {ref: text for ref, text in first_contact.items() if not 20 <= len(text) <= 300} == {}
    repeated = Counter(first_contact.values())
    assert [text for text, times in repeated.items() if times > 1] == []  # each its own words


def test_fictional_entries_say_so_and_national_ones_are_real():
    rows = demo_rows()
    national = {row["service"] for row in rows if row["national"] == "yes"}
    assert {"Childline", "Samaritans", "Shout 85258", "NSPCC Helpline"} <= national
    problems = []
    for line, row in enumerate(rows, 2):
        where = f"line {line} ({row['service_ref']})"
        links = [row[c] for c in ("email", "website", "organisation_website") if row[c]]
        drama = [n for n in (row["phone"], row["text_number"]) if n
                 and (DRAMA_PHONE.fullmatch(n) or DRAMA_MOBILE.fullmatch(n))]
        if row["national"] == "no":
            if not row["description"].endswith(DEMO_SENTENCE):
                problems.append(f"{where}: the description must end with {DEMO_SENTENCE!r}")
            if row["phone"] and not DRAMA_PHONE.fullmatch(row["phone"]):
                problems.append(f"{where}: phone {row['phone']} is not in a drama range")
            if row["text_number"] and not DRAMA_MOBILE.fullmatch(row["text_number"]):
                problems.append(f"{where}: text {row['text_number']} is not in the drama range")
            if not all(EXAMPLE_ORG.search(link) for link in links):
                problems.append(f"{where}: a website or email not at example.org")
        elif DEMO_SENTENCE in row["description"] or "example.org" in " ".join(links) or drama:
            problems.append(f"{where}: a real service marked or numbered as fictional")
    assert problems == []


def test_each_service_is_one_listing_however_many_places_it_has():
    problems = []
    for ref, rows in by_service(demo_rows()).items():
        if len({tuple(v for k, v in row.items() if k not in LOCATION) for row in rows}) > 1:
            problems.append(f"{ref}: its rows differ outside the location columns")
        if len(rows) > 4 or len({row["postcode"] for row in rows}) != len(rows):
            problems.append(f"{ref}: {len(rows)} rows; at most 4 places, each its own postcode")
        for row in rows:
            areas = set(row["service_areas"].split(";")) - {""}
            if row["latitude"] or row["longitude"]:
                problems.append(f"{ref}: leave latitude and longitude to the gazetteer")
            if row["national"] == "yes":
                if any(row[c] for c in LOCATION) or areas:
                    problems.append(f"{ref}: a national service has no address or areas")
            elif row["postcode"]:
                if not (row["location_name"] and row["address"] and row["town"]) or areas:
                    problems.append(f"{ref}: a place needs its name, address and town only")
            elif any(row[c] for c in LOCATION) or row["hide_address"] != "no":
                problems.append(f"{ref}: an area-only row with address fields")
            elif not areas or not areas <= HERTS_DISTRICTS:
                problems.append(f"{ref}: an area-only row needs Hertfordshire district codes")
    assert problems == []


def test_what_each_listing_says_hangs_together():
    oldest = DEMO_NOW.date() - timedelta(days=548)  # the 18 months before the demo's "now"
    problems = []
    for line, row in enumerate(demo_rows(), 2):
        where = f"line {line} ({row['service_ref']})"
        modes = row["delivery_modes"].split(";")
        low, high = int(row["minimum_age"]), int(row["maximum_age"])
        if row["availability"] == "waiting-list" and not row["wait_weeks"].isdigit():
            problems.append(f"{where}: a waiting list without wait_weeks")
        if row["self_referral_min_age"] and not low <= int(row["self_referral_min_age"]) <= high:
            problems.append(f"{where}: self-referral age outside the age range")
        if row["text_number"] and "text" not in modes:
            problems.append(f"{where}: a text number but no 'text' delivery mode")
        if "phone" in modes and not row["phone"]:
            problems.append(f"{where}: delivered by phone but no phone number")
        if not oldest <= date.fromisoformat(row["assured_date"]) <= DEMO_NOW.date():
            problems.append(f"{where}: assured_date not in the 18 months to {DEMO_NOW:%Y-%m-%d}")
    assert problems == []


def test_the_vocabulary_gives_each_phrase_to_one_known_code():
    with (paths.SEED / "taxonomy.csv").open(encoding="utf-8", newline="") as handle:
        terms = list(csv.DictReader(handle))
    with (paths.SEED / "vocabulary.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == ["topic", "crisis", "lang", "phrases"]
    assert {row["topic"] for row in rows} <= {term["code"] for term in terms}
    phrases = [phrase for row in rows for phrase in row["phrases"].split(";")]
    assert [p for p in phrases if not p or p != p.strip().lower()] == []
    assert sorted(p for p, times in Counter(phrases).items() if times > 1) == []
    groups = {term["parent"] for term in terms if term["parent"]}  # listings don't use these
    topics = {term["code"] for term in terms if term["kind"] == "topic"} - groups
    assert topics - {row["topic"] for row in rows} == set()


def test_the_crisis_contacts_are_the_national_ones_in_order():
    data = json.loads((paths.SEED / "crisis_contacts.json").read_text(encoding="utf-8"))
    ids = [contact["id"] for contact in data["contacts"]]
    assert ids == ["emergency", "nhs-111", "childline", "samaritans", "shout", "papyrus", "nspcc"]
    fields = {"id", "name", "how", "phone", "text", "url", "hours", "who", "notes"}
    assert [c["id"] for c in data["contacts"] if set(c) != fields] == []


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


def test_every_seed_town_and_postcode_is_in_the_gazetteer(session):
    rows = demo_rows()
    towns = {row["town"] for row in rows if row["town"]}
    postcodes = {row["postcode"]: row["town"] for row in rows if row["postcode"]}
    assert "South Oxhey" in towns and len(postcodes) > 100
    places = {}
    for town in sorted(towns):
        try:
            places[town] = find_location(session, town)
        except LocationNotFound:
            pytest.fail(f"the seed town {town!r} is not in the gazetteer (seed/geo/places.csv)")
        assert places[town].kind == "place"
    assert {place.la_code for place in places.values()} == HERTS_DISTRICTS
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
