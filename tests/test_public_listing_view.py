"""The listing helpers: plain functions over a Service, no database needed."""

from datetime import date, datetime, timedelta

from directory import listing_view
from directory.models import Location, Schedule, Service
from directory.opening_hours import LONDON

TODAY = date(2026, 6, 10)  # a Wednesday


def service(**fields) -> Service:
    values = {"name": "Talk Space", "organisation_id": 1, "service_ref": "talk",
              "minimum_age": 11, "maximum_age": 18}
    return Service(**{**values, **fields})


def test_self_referral_age_is_only_given_when_it_is_above_the_minimum_age():
    age = listing_view.self_referral_age
    assert age(service(self_referral=True, self_referral_min_age=13)) == 13
    assert age(service(self_referral=True, self_referral_min_age=11)) is None
    assert listing_view.self_referral_age(service(self_referral=False)) is None
    assert listing_view.can_refer_self(service(self_referral=True))


def test_a_listing_unconfirmed_for_over_a_year_is_not_checked_recently():
    stale = listing_view.not_checked_recently
    assert stale(service(assured_date=TODAY - timedelta(days=366)), TODAY)
    assert not stale(service(assured_date=TODAY - timedelta(days=365)), TODAY)
    assert stale(service(assured_date=None), TODAY)


def test_availability_lapses_after_its_expiry_date():
    assert listing_view.availability_is_current(service(availability_expires=None), TODAY)
    assert listing_view.availability_is_current(service(availability_expires=TODAY), TODAY)
    assert not listing_view.availability_is_current(
        service(availability_expires=TODAY - timedelta(days=1)), TODAY)


def test_open_now_uses_london_time_and_is_unknown_without_hours():
    s = service(schedules=[Schedule(weekday=2, opens_at="09:00", closes_at="17:00")])
    assert listing_view.open_now(s, datetime(2026, 6, 10, 10, 0, tzinfo=LONDON)) is True
    assert listing_view.open_now(s, datetime(2026, 6, 10, 18, 0, tzinfo=LONDON)) is False
    assert listing_view.open_now(service(), datetime(2026, 6, 10, 10, 0, tzinfo=LONDON)) is None


def test_weekly_hours_lists_every_day_with_closed_days_empty():
    s = service(schedules=[Schedule(weekday=0, opens_at="09:00", closes_at="12:00"),
                           Schedule(weekday=0, opens_at="13:00", closes_at="17:00")])
    hours = listing_view.weekly_hours(s)
    assert [day for day, _ in hours] == list(range(7))
    assert hours[0][1] == [("09:00", "12:00"), ("13:00", "17:00")]
    assert hours[1][1] == []


def test_always_open_recognises_24_7():
    every_day = [Schedule(weekday=d, opens_at="00:00", closes_at="24:00") for d in range(7)]
    assert listing_view.always_open(service(schedules=every_day))
    assert not listing_view.always_open(service(schedules=every_day[:6]))


def test_a_hidden_address_gives_no_lines_and_no_directions():
    place = Location(name="Youth Centre", address="1 High St", town="St Albans", postcode="AL1 1AG")
    assert listing_view.address_lines(place) == [
        "Youth Centre", "1 High St", "St Albans", "AL1 1AG"]
    assert listing_view.directions_url(place) == (
        "https://www.openstreetmap.org/search?query=AL1%201AG")
    hidden = Location(address="1 High St", town="St Albans", postcode="AL1 1AG", hide_address=True)
    assert listing_view.address_lines(hidden) == []
    assert listing_view.directions_url(hidden) is None


def test_phone_and_text_links():
    assert listing_view.phone_href("0800 1111") == "tel:08001111"
    assert listing_view.sms_href("85258", "SHOUT") == "sms:85258?body=SHOUT"
    assert listing_view.sms_href("07860 039967") == "sms:07860039967"


def test_only_active_and_temporarily_closed_listings_are_public():
    assert listing_view.is_listed(service(status="active"))
    assert listing_view.is_listed(service(status="temporarily-closed"))
    assert not listing_view.is_listed(service(status="pending"))
    assert not listing_view.is_listed(service(status="inactive"))
    assert not listing_view.is_listed(None)


def test_listing_facts_work_everything_out_for_one_moment():
    s = service(self_referral=True, self_referral_min_age=13, assured_date=TODAY,
                availability_expires=TODAY - timedelta(days=2),
                schedules=[Schedule(weekday=2, opens_at="09:00", closes_at="17:00")])
    facts = listing_view.listing_facts(s, datetime(2026, 6, 10, 10, 0, tzinfo=LONDON))
    assert facts.open_now is True
    assert facts.self_referral_age == 13
    assert facts.availability_current is False
    assert facts.not_checked_recently is False
