"""Anonymous signposting counts: one row per day, outcode, age band and facet, added up."""

from datetime import date

from sqlmodel import select

from directory.geo import GeoPoint
from directory.models import UsageCount
from directory.signposting.location import counted_outcode, nearest_outcode
from directory.signposting.usage import SHEET, SIGNPOST, record_usage, usage_totals

DAY = date(2026, 11, 24)


def rows(session) -> list[tuple]:
    statement = select(UsageCount).order_by(UsageCount.event, UsageCount.facet, UsageCount.value)
    return [(r.day, r.event, r.outcode, r.age_band, r.facet, r.value, r.count)
            for r in session.exec(statement)]


def test_counts_are_added_up_not_repeated(session):
    record_usage(session, SIGNPOST, "SG1", 14, [("topic", "sleep"), ("topic", "anxiety")], DAY)
    record_usage(session, SIGNPOST, "SG1", 15, [("topic", "sleep")], DAY)
    session.commit()
    assert rows(session) == [
        (DAY, SIGNPOST, "SG1", "11-15", "", "", 2),
        (DAY, SIGNPOST, "SG1", "11-15", "topic", "anxiety", 1),
        (DAY, SIGNPOST, "SG1", "11-15", "topic", "sleep", 2),
    ]
    assert usage_totals(session, SIGNPOST) == {("", ""): 2, ("topic", "anxiety"): 1,
                                               ("topic", "sleep"): 2}


def test_each_day_place_and_age_band_has_its_own_count(session):
    record_usage(session, SHEET, "SG1", 14, [("service", "7")], DAY)
    record_usage(session, SHEET, "AL1", 14, [("service", "7")], DAY)
    record_usage(session, SHEET, "SG1", 19, [("service", "7")], DAY)
    twice = [("service", "7"), ("service", "7")]  # a facet repeated counts once
    record_usage(session, SHEET, "SG1", 14, twice, date(2026, 11, 25))
    session.commit()
    totals = usage_totals(session, SHEET)
    assert totals == {("", ""): 4, ("service", "7"): 4}
    assert len(rows(session)) == 8


def test_counts_roll_back_with_the_request(session):
    record_usage(session, SIGNPOST, "SG1", 14, [("topic", "sleep")], DAY)
    session.rollback()
    assert rows(session) == []


def test_a_full_postcode_is_counted_by_its_outcode_and_a_town_by_the_nearest(session):
    postcode = GeoPoint("SG1 1AA", 51.9, -0.2, None, None, "postcode")
    outcode = GeoPoint("sg4", 51.95, -0.28, None, None, "outcode")
    town = GeoPoint("Hitchin, Hertfordshire", 51.94924, -0.28496, None, None, "place")
    assert counted_outcode(session, postcode) == "SG1"
    assert counted_outcode(session, outcode) == "SG4"
    assert counted_outcode(session, town) in {"SG4", "SG5"}
    assert nearest_outcode(session, 0.0, -30.0) == ""  # in the sea: nothing to count it by
