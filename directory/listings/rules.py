"""The rules a listing must meet, each with a code; what each code means in plain words.

``ServiceInput`` raises these codes (as pydantic errors whose ``type`` is the code). The CSV and
Open Referral reports show the exact words (``ENGLISH``, with the values found); the provider's
form shows plain words (``PLAIN``) on the field; every way in uses ``whole_listing`` for the
rules between fields, so the form can explain all of them in one save.
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from pydantic_core import PydanticCustomError

ENGLISH = {
    "unknown_code": "unknown {what} {values}",
    "not_one_of": "'{value}' is not a valid {what} (choose from {choices})",
    "not_a_phone_number": "'{value}' is not a phone number",
    "not_a_uk_phone_number": "'{value}' is not a UK phone number",
    "not_an_email_address": "'{value}' is not an email address: {reason}",
    "not_a_web_address": "'{value}' is not a web address starting with https://",
    "not_a_council_code": "not a local authority code: {values}",
    "checked_in_future": "the date it was checked cannot be in the future",
    "checked_too_long_ago": "the date it was checked is too long ago to be right",
    "ages_reversed": "the minimum age is above the maximum age",
    "self_referral_age_without_self_referral":
        "a self-referral age is given but self-referral is 'no'",
    "wait_without_waiting_list": "wait_weeks is only for services with a waiting list",
    "nowhere": "give an address, a service area, or mark the service national",
    "no_way_in": "give at least one way to get in touch",
    "coordinates_half_given": "give both latitude and longitude, or neither",
    "location_unplaced": "a location needs a postcode or a latitude and longitude",
    "opening_hours_unreadable": "{reason}",
}
PLAIN = {
    "not_a_phone_number": _l("Enter a UK phone number, like 01632 960123."),
    "not_a_uk_phone_number": _l("Enter a UK phone number, like 01632 960123."),
    "not_an_email_address": _l("Enter an email address, like help@example.org."),
    "not_a_web_address": _l("Enter a web address starting with https://, like "
                            "https://example.org."),
    "ages_reversed": _l("The youngest age cannot be above the oldest age."),
    "self_referral_age_without_self_referral":
        _l("Only give an age for getting in touch themselves if young people can."),
    "wait_without_waiting_list": _l("Only give a typical wait when there is a waiting list."),
    "nowhere": _l("Add an address, list the council areas it covers, or tick "
                  "“available anywhere in England”."),
    "no_way_in": _l("Give at least one way to get in touch: a phone or text number, an email, "
                    "a website or an address."),
}
# Plain words that depend on the field as well as the code.
PLAIN_FOR_FIELD = {
    ("text_number", "not_a_phone_number"):
        _l("Enter a UK number that can receive texts, like 07700 900123."),
    ("text_number", "not_a_uk_phone_number"):
        _l("Enter a UK number that can receive texts, like 07700 900123."),
}


def broken(code: str, **values) -> PydanticCustomError:
    """Return the error for a broken rule, to raise from a validator."""
    return PydanticCustomError(code, ENGLISH[code], {k: str(v) for k, v in values.items()})


def plain_words(code: str, field: str = "") -> str | None:
    """Return the plain words for a code on a field, or None when there are none."""
    words = PLAIN_FOR_FIELD.get((field, code)) or PLAIN.get(code)
    return str(words) if words else None


@dataclass(frozen=True)
class WholeListingRule:
    """A rule between fields: its code, the field it is shown on, and the test it fails."""

    code: str
    field: str
    fails: object  # (values: dict) -> bool, on whatever values are known so far


def _given(values: dict, *names: str) -> bool:
    return all(values.get(name) is not None for name in names)


WHOLE_LISTING = (
    WholeListingRule("ages_reversed", "minimum_age", lambda v: _given(
        v, "minimum_age", "maximum_age") and v["minimum_age"] > v["maximum_age"]),
    WholeListingRule("self_referral_age_without_self_referral", "self_referral_min_age",
                     lambda v: v.get("self_referral_min_age") is not None
                     and not v.get("self_referral")),
    WholeListingRule("wait_without_waiting_list", "wait_weeks",
                     lambda v: v.get("wait_weeks") is not None
                     and v.get("availability") != "waiting-list"),
    WholeListingRule("nowhere", "national", lambda v: not (
        v.get("national") or v.get("locations") or v.get("service_areas"))),
    WholeListingRule("no_way_in", "phone", lambda v: not any(
        v.get(k) for k in ("phone", "email", "url", "text_number", "locations"))),
)


def whole_listing(values: dict) -> list[WholeListingRule]:
    """Return the rules between fields that these values break."""
    return [rule for rule in WHOLE_LISTING if rule.fails(values)]
