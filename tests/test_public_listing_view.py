"""The listing helpers: plain functions over a Service, no database needed."""

from datetime import date, datetime, timedelta

from directory.listings import facts
from directory.listings.opening_hours import LONDON
from directory.models import Location, Schedule, Service

TODAY = date(2026, 6, 10)  # a Wednesday


def service(**fields) -> Service:
    values = {"name": "Talk Space", "organisation_id": 1, "service_ref": "talk",
              "minimum_age": 11, "maximum_age": 18}
    return Service(**{**values, **fields})


def test_self_referral_age_is_only_given_when_it_is_above_the_minimum_age():
    age = facts.self_referral_age
    assert age(service(self_referral=True, self_referral_min_age=13)) == 13
    assert age(service(self_referral=True, self_referral_min_age=11)) is None
    assert facts.self_referral_age(service(self_referral=False)) is None
    assert facts.can_refer_self(service(self_referral=True))


def test_a_listing_unconfirmed_for_over_a_year_is_not_checked_recently():
    stale = facts.not_checked_recently
    assert stale(service(assured_date=TODAY - timedelta(days=366)), TODAY)
    assert not stale(service(assured_date=TODAY - timedelta(days=365)), TODAY)
    assert stale(service(assured_date=None), TODAY)


def test_availability_lapses_after_its_expiry_date():
    assert facts.availability_is_current(service(availability_expires=None), TODAY)
    assert facts.availability_is_current(service(availability_expires=TODAY), TODAY)
    assert not facts.availability_is_current(
        service(availability_expires=TODAY - timedelta(days=1)), TODAY)


def test_open_now_uses_london_time_and_is_unknown_without_hours():
    s = service(schedules=[Schedule(weekday=2, opens_at="09:00", closes_at="17:00")])
    assert facts.open_now(s, datetime(2026, 6, 10, 10, 0, tzinfo=LONDON)) is True
    assert facts.open_now(s, datetime(2026, 6, 10, 18, 0, tzinfo=LONDON)) is False
    assert facts.open_now(service(), datetime(2026, 6, 10, 10, 0, tzinfo=LONDON)) is None


def test_weekly_hours_lists_every_day_with_closed_days_empty():
    s = service(schedules=[Schedule(weekday=0, opens_at="09:00", closes_at="12:00"),
                           Schedule(weekday=0, opens_at="13:00", closes_at="17:00")])
    hours = facts.weekly_hours(s)
    assert [day for day, _ in hours] == list(range(7))
    assert hours[0][1] == [("09:00", "12:00"), ("13:00", "17:00")]
    assert hours[1][1] == []


def test_always_open_recognises_24_7():
    every_day = [Schedule(weekday=d, opens_at="00:00", closes_at="24:00") for d in range(7)]
    assert facts.always_open(service(schedules=every_day))
    assert not facts.always_open(service(schedules=every_day[:6]))


def test_a_hidden_address_gives_no_lines_and_no_directions():
    place = Location(name="Youth Centre", address="1 High St", town="St Albans", postcode="AL1 1AG")
    assert facts.address_lines(place) == [
        "Youth Centre", "1 High St", "St Albans", "AL1 1AG"]
    assert facts.directions_url(place) == (
        "https://www.openstreetmap.org/search?query=AL1%201AG")
    hidden = Location(address="1 High St", town="St Albans", postcode="AL1 1AG", hide_address=True)
    assert facts.address_lines(hidden) == []
    assert facts.directions_url(hidden) is None


def test_phone_and_text_links():
    assert facts.phone_href("0800 1111") == "tel:08001111"
    assert facts.sms_href("85258", "SHOUT") == "sms:85258?body=SHOUT"
    assert facts.sms_href("07860 039967") == "sms:07860039967"


def test_only_active_and_temporarily_closed_listings_are_public():
    assert facts.is_listed(service(status="active"))
    assert facts.is_listed(service(status="temporarily-closed"))
    assert not facts.is_listed(service(status="pending"))
    assert not facts.is_listed(service(status="inactive"))
    assert not facts.is_listed(None)


def test_listing_facts_work_everything_out_for_one_moment():
    s = service(self_referral=True, self_referral_min_age=13, assured_date=TODAY,
                availability_expires=TODAY - timedelta(days=2),
                schedules=[Schedule(weekday=2, opens_at="09:00", closes_at="17:00")])
    shown = facts.listing_facts(s, datetime(2026, 6, 10, 10, 0, tzinfo=LONDON))
    assert shown.open_now is True
    assert shown.self_referral_age == 13
    assert shown.availability_current is False
    assert shown.not_checked_recently is False


def test_open_or_closed_is_only_said_when_the_hours_are_known_and_it_is_running():
    at_ten = datetime(2026, 6, 10, 10, 0, tzinfo=LONDON)
    hours = [Schedule(weekday=2, opens_at="09:00", closes_at="17:00")]
    assert facts.open_now(service(schedules=hours), at_ten) is True
    assert facts.open_now(service(delivery_modes=["online"]), at_ten) is None  # an app
    closed = service(schedules=hours, status="temporarily-closed")
    assert facts.open_now(closed, at_ten) is None  # "Temporarily closed" says it


def test_who_can_get_in_touch_follows_the_referral_routes():
    route = facts.contact_route
    assert route(service(self_referral=True, referral_routes=["self", "gp"])) == "self"
    parents_line = service(self_referral=False, referral_routes=["parent"])
    assert route(parents_line) == "parent"  # a parent can call a parents' helpline directly
    assert route(service(self_referral=False, referral_routes=["gp", "school"])) == "referral"


def test_a_service_reached_only_by_phone_online_or_text_has_no_place_to_go():
    app = service(delivery_modes=["online"])
    assert facts.remote_only(app) and facts.remote_modes(app) == ["online"]
    line = service(delivery_modes=["text", "phone"])
    assert facts.remote_modes(line) == ["phone", "text"]
    assert not facts.remote_only(service(delivery_modes=["in-person", "online"]))
    assert not facts.remote_only(service(delivery_modes=[]))


def test_cost_details_do_not_repeat_that_it_is_free():
    details = facts.cost_details
    assert details(service(cost="free", cost_details="Free.")) == ""
    assert details(service(cost="free", cost_details="Free. Snacks are 50p.")) == "Snacks are 50p."
    assert details(service(cost="free", cost_details="Free for under-18s.")) == (
        "Free for under-18s.")
    assert details(service(cost="some-free", cost_details="Free. £5 for adults.")) == (
        "Free. £5 for adults.")
    assert details(service(cost="free", cost_details="")) == ""


def test_not_taking_referrals_counts_only_while_the_statement_stands():
    full = service(availability="not-accepting")
    assert facts.referrals_closed(full, TODAY)
    assert facts.closed_to_new_people(full, TODAY)
    lapsed = service(availability="not-accepting", availability_expires=TODAY - timedelta(days=1))
    assert not facts.referrals_closed(lapsed, TODAY)
    assert facts.closed_to_new_people(service(status="temporarily-closed"), TODAY)
    assert not facts.closed_to_new_people(service(availability="waiting-list"), TODAY)


def test_listing_facts_carry_every_label_rule():
    s = service(self_referral=False, referral_routes=["parent"], delivery_modes=["phone"],
                cost="free", cost_details="Free.", availability="not-accepting")
    shown = facts.listing_facts(s, datetime(2026, 6, 10, 10, 0, tzinfo=LONDON))
    assert (shown.open_now, shown.contact_route, shown.remote_only) == (None, "parent", True)
    assert shown.referrals_closed and shown.cost_details == ""


def test_numbers_in_provider_text_become_links():
    assert facts.number_links("Call free on 116 123, or text SHOUT to 85258.") == [
        ("Call free on ", ""), ("116 123", "tel:116123"), (", or text SHOUT to ", ""),
        ("85258", "sms:85258?body=SHOUT"), (".", "")]
    assert facts.number_links("Childline 0800 1111; ring 999 now") == [
        ("Childline ", ""), ("0800 1111", "tel:08001111"), ("; ring ", ""), ("999", "tel:999"),
        (" now", "")]
    plain = "Ages 11 to 25, £95 for 8 weeks since 2025, 0.5 miles away"
    assert facts.number_links(plain) == [(plain, "")]


def test_a_short_code_to_text_is_a_link_without_a_word_to_send():
    assert facts.number_links("Or text a question to 82111, any time.") == [
        ("Or text a question to ", ""), ("82111", "sms:82111"), (", any time.", "")]
    assert facts.number_links("Text 82111.")[1] == ("82111", "sms:82111")
