"""Anonymous search counts: recorded where every search passes (run_search), once per search,
codes only, in a short write of their own that can never fail the search.
"""

import logging
import time
from datetime import datetime

import pytest
from insights_support import STEVENAGE, build_directory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from directory import db
from directory.listings.opening_hours import LONDON
from directory.models import SearchCount

KEY = ("la_code", "age_band", "crisis", "local_results", "facet", "value", "count")


def counted(app) -> set[tuple]:
    """Return every search_count row as (la_code, age_band, crisis, results, facet, value, n)."""
    with db.session_scope(app) as session:
        return {tuple(getattr(row, key) for key in KEY)
                for row in session.exec(select(SearchCount))}


@pytest.fixture
def known(app):
    return build_directory(app)


def test_a_search_adds_one_to_a_row_for_itself_and_one_for_each_topic(app, client, known):
    assert client.get("/search?q=can%27t+sleep&location=SG1+1AA&age=14").status_code == 200
    assert counted(app) == {(STEVENAGE, "11-15", False, "0", "", "", 1),
                            (STEVENAGE, "11-15", False, "0", "topic", "sleep", 1)}
    with db.session_scope(app) as session:
        days = set(session.exec(select(SearchCount.day)))
    assert days == {datetime.now(LONDON).date()}


def test_the_same_search_again_adds_up_in_the_same_rows(app, client, known):
    for _ in range(3):
        assert client.get("/api/v1/search?q=feeling+down&location=SG1+1AA&age=15").status_code \
            == 200
    assert counted(app) == {(STEVENAGE, "11-15", False, "1-4", "", "", 3),
                            (STEVENAGE, "11-15", False, "1-4", "topic", "low-mood", 3)}


def test_groupings_filtered_are_counted_and_a_search_without_a_place_has_no_area(
        app, client, known):
    client.get("/search?location=SG1+1AA&grouping=getting-more-help&grouping=thriving&age=3")
    client.get("/search?q=bullied")
    assert counted(app) == {
        (STEVENAGE, "0-4", False, "1-4", "", "", 1),
        (STEVENAGE, "0-4", False, "1-4", "grouping", "getting-more-help", 1),
        (STEVENAGE, "0-4", False, "1-4", "grouping", "thriving", 1),
        ("", "", False, "", "", "", 1),
        ("", "", False, "", "topic", "bullying", 1),
    }


def test_the_groupings_page_counts_as_a_search(app, client, known):
    assert client.get("/groupings/getting-help?location=WD17+1AA").status_code == 200
    assert counted(app) == {("E07000103", "", False, "1-4", "", "", 1),
                            ("E07000103", "", False, "1-4", "grouping", "getting-help", 1)}


def test_later_pages_fallbacks_and_feeds_are_not_counted(app, client, known):
    assert client.get("/search?q=sessions&page=2").status_code == 200
    assert client.get("/api/v1/search?q=sessions&page=2").status_code == 200
    assert client.get("/search?q=sessions&location=Nowhereville+Zzz").status_code == 200
    assert client.get("/api/v1/search?location=Nowhereville+Zzz").status_code == 400
    assert client.get("/oruk/services?search=sessions").status_code == 200
    assert counted(app) == set()


def test_signposting_counts_the_ticked_topics_and_the_risk_answer(app, client, known):
    base = "/signpost/options?location=SG1+1AA&age=8&topic=sleep&topic=self-harm&risk=no"
    assert client.get(base).status_code == 200
    # Opening up one kind of help is the same visit: not counted again.
    assert client.get(base + "&more=getting-more-help").status_code == 200
    assert counted(app) == {
        # Crisis: self-harm was ticked. Nearby for an 8-year-old: the art club and the safety
        # team (by service area); only the safety team helps with self-harm; nobody with sleep.
        (STEVENAGE, "5-10", True, "1-4", "", "", 1),
        (STEVENAGE, "5-10", True, "0", "topic", "sleep", 1),
        (STEVENAGE, "5-10", True, "1-4", "topic", "self-harm", 1),
    }


def test_a_crisis_search_is_flagged(app, client, known):
    client.get("/search?q=self+harm&location=SG6+3AA&age=16")
    assert ("E07000099", "16-18", True, "1-4", "topic", "self-harm", 1) in counted(app)


def _refuse_topic_rows(app) -> None:
    """Make the database itself refuse a topic row: a real failure halfway through a count."""
    with app.extensions["directory.engine"].begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.execute(text(
                "CREATE TRIGGER refuse_topics BEFORE INSERT ON search_count "
                "WHEN NEW.facet = 'topic' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
        else:
            connection.execute(text(
                "CREATE FUNCTION refuse_topics() RETURNS trigger AS $$ BEGIN "
                "IF NEW.facet = 'topic' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; "
                "END $$ LANGUAGE plpgsql"))
            connection.execute(text(
                "CREATE TRIGGER refuse_topics BEFORE INSERT ON search_count FOR EACH ROW "
                "EXECUTE FUNCTION refuse_topics()"))


def test_a_count_that_fails_stores_nothing_and_the_search_still_answers(
        app, client, known, caplog):
    _refuse_topic_rows(app)
    with caplog.at_level(logging.WARNING):
        response = client.get("/search?q=can%27t+sleep&location=SG1+1AA&age=14")
        api = client.get("/api/v1/search?q=can%27t+sleep&location=SG1+1AA&age=14")
    assert response.status_code == 200 and "SG1 1AA" in response.get_data(as_text=True)
    assert api.status_code == 200 and api.get_json()["location"]["label"] == "SG1 1AA"
    assert counted(app) == set()  # the search's own row went with the refused topic row
    lines = [record.getMessage() for record in caplog.records if "not counted" in
             record.getMessage()]
    assert len(lines) == 2
    for line in lines:
        assert "sleep" not in line and "SG1" not in line and "refused" not in line


def test_a_count_waits_only_briefly_for_a_busy_database(app, client, known):
    engine = app.extensions["directory.engine"]
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's one writer: PostgreSQL writers don't wait for each other here")
    blocker = engine.raw_connection()
    try:
        blocker.driver_connection.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        started = time.monotonic()
        response = client.get("/search?q=can%27t+sleep&location=SG1+1AA&age=14")
        waited = time.monotonic() - started
    finally:
        blocker.driver_connection.rollback()
        blocker.close()
    assert response.status_code == 200
    assert waited < 2.0  # the count gave up after a quarter of a second, not the usual 5 s
    assert counted(app) == set()
    client.get("/search?q=can%27t+sleep&location=SG1+1AA&age=14")
    assert len(counted(app)) == 2  # and the next search is counted again
    with engine.connect() as connection:  # the pooled connection got its usual wait back
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


@pytest.mark.parametrize("row", [
    {"la_code": "SG1 1AA"},  # a postcode where the authority goes
    {"la_code": "sg11aa"},
    {"facet": "topic", "value": "my friend cuts herself"},  # words
    {"facet": "topic", "value": "Priya"},  # a name
    {"facet": "words", "value": "sleep"},
    {"facet": "", "value": "sleep"},
    {"age_band": "14"},  # an exact age
    {"local_results": "3"},
    {"count": 0},
])
def test_the_table_itself_refuses_anything_but_codes(app, row):
    values = {"day": datetime.now(LONDON).date(), "la_code": STEVENAGE, "age_band": "11-15",
              "crisis": False, "local_results": "0", "facet": "topic", "value": "sleep",
              "count": 1, **row}
    with pytest.raises(IntegrityError), db.session_scope(app) as session:
        session.add(SearchCount(**values))
        session.flush()
