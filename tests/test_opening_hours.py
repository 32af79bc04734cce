"""Opening hours: the weekly text form, and "open now" in Europe/London time."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from directory.listings.opening_hours import OpeningHoursError, format_openings, is_open, parse

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("text", [
    "Mon-Fri 09:00-17:00; Sat 10:00-13:00", "24/7", "Tue 16:00-18:30",
    "Mon 09:00-12:00,13:00-17:00", "Sat-Sun 10:00-16:00",
])
def test_round_trip(text):
    assert format_openings(parse(text)) == text


@pytest.mark.parametrize("text", ["Mondays 9-5", "Mon", "Mon 09:00", "Mon 25:00-26:00",
                                  "Xyz 09:00-10:00", "Mon 10:00-10:00"])
def test_bad_hours_are_explained(text):
    with pytest.raises(OpeningHoursError):
        parse(text)


def test_open_now_uses_london_time_across_daylight_saving():
    openings = parse("Mon-Fri 09:00-17:00")
    # 08:30 UTC in July is 09:30 in London (BST): open. In January it is 08:30: closed.
    assert is_open(openings, datetime(2026, 7, 6, 8, 30, tzinfo=ZoneInfo("UTC")))
    assert not is_open(openings, datetime(2026, 1, 5, 8, 30, tzinfo=ZoneInfo("UTC")))
    assert not is_open(openings, datetime(2026, 7, 4, 12, 0, tzinfo=LONDON))  # a Saturday


def test_overnight_hours_continue_into_the_next_day():
    openings = parse("Fri 18:00-02:00")
    assert is_open(openings, datetime(2026, 7, 4, 1, 0, tzinfo=LONDON))  # Saturday 01:00
    assert is_open(openings, datetime(2026, 7, 3, 23, 0, tzinfo=LONDON))
