"""ServiceInput: the one validated shape of a listing, shared by forms, the API and importers."""

import json
import re
from datetime import date
from typing import Annotated

import phonenumbers
from babel import Locale
from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from phonenumbers import shortnumberinfo
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..text_rules import MultiLine, OneLine
from ..vocabulary import fixed, thrive
from . import opening_hours
from .declared import LOCATION_COLUMNS, NOT_IN_CSV, NOT_ON_FORM, OWN, PLAIN, About
from .rules import broken, whole_listing

_LANGUAGES = set(Locale("en").languages)
LA_CODE = re.compile(r"^[ENSW]\d{8}$")  # an ONS local authority code, e.g. E07000243
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)


# Fields whose values come from a fixed vocabulary: (the allowed codes, what one is called).
_LISTS_FROM = {"referral_routes": (fixed.REFERRAL_ROUTES, "referral route"),
               "audience": (fixed.AUDIENCES, "audience"),
               "delivery_modes": (fixed.DELIVERY_MODES, "delivery mode")}
_ONE_OF = {"cost": (fixed.COSTS, "cost"), "availability": (fixed.AVAILABILITY, "availability"),
           "parental_involvement": (fixed.PARENTAL_INVOLVEMENT, "parental involvement"),
           "status": (fixed.STATUS_LABELS, "status")}


def _check_list(values: list[str], allowed, what: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise broken("unknown_code", what=what, values=", ".join(repr(u) for u in unknown))
    return list(dict.fromkeys(values))


def check_phone(value: str) -> str:
    """Accept a UK phone number, including short numbers such as 116 123 or 85258."""
    value = value.strip()
    if not value:
        return ""
    if not re.fullmatch(r"[+\d][\d ()-]{1,20}", value):
        raise broken("not_a_phone_number", value=value)
    number = phonenumbers.parse(value, "GB")
    if not (
        phonenumbers.is_valid_number(number)
        or shortnumberinfo.is_valid_short_number(number)
        or phonenumbers.is_possible_number(number)
    ):
        raise broken("not_a_uk_phone_number", value=value)
    return value


class LocationInput(BaseModel):
    """Where a service is delivered; a postcode is enough when the gazetteer knows it."""

    model_config = ConfigDict(str_strip_whitespace=True)

    name: OneLine = Field(default="", max_length=200)
    address: OneLine = Field(default="", max_length=300)
    town: OneLine = Field(default="", max_length=100)
    postcode: OneLine = Field(default="", max_length=10)
    latitude: float | None = Field(default=None, ge=49.0, le=61.0)
    longitude: float | None = Field(default=None, ge=-9.0, le=2.5)
    hide_address: bool = False

    @model_validator(mode="after")
    def _point_or_postcode(self):
        if (self.latitude is None) != (self.longitude is None):
            raise broken("coordinates_half_given")
        if not self.postcode and self.latitude is None:
            raise broken("location_unplaced")
        return self


class ServiceInput(BaseModel):
    """Everything a listing says, checked the same way whichever door it came in by.

    This is the one list of a listing's fields. Each says, with ``About``, its label, its CSV
    column when the name differs, and whether the write path, the snapshot and the form handle
    it plainly (a Service column / a form field of the same name) or with their own code.
    """

    model_config = ConfigDict(str_strip_whitespace=True)

    organisation: Annotated[OneLine, About(_l("Organisation"), stored=OWN, form=NOT_ON_FORM)] = (
        Field(min_length=1, max_length=200))
    organisation_website: Annotated[OneLine, About(_l("Organisation website"), stored=OWN,
                                                   form=NOT_ON_FORM)] = ""
    service_ref: Annotated[OneLine, About(_l("Reference"), form=NOT_ON_FORM)] = Field(
        min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    name: Annotated[OneLine, About(_l("Name"), column="service")] = Field(
        min_length=2, max_length=200)
    summary: Annotated[OneLine, About(_l("Summary"))] = Field(min_length=10, max_length=200)
    description: Annotated[MultiLine, About(_l("Description"))] = Field(default="",
                                                                      max_length=5000)
    first_contact: Annotated[OneLine, About(
        _l("What happens when you get in touch"), section="referral",
        hint=_l("In plain words, up to 300 characters. For example: “A youth worker calls you "
                "back within two days and you choose where to meet.”"))] = Field(
        default="", max_length=300)
    groupings: Annotated[list[OneLine], About(_l("Kinds of support (groupings)"), stored=OWN)] = (
        Field(min_length=1, max_length=5))
    topics: Annotated[list[OneLine], About(_l("Topics"), stored=OWN)] = Field(
        default_factory=list)
    support_types: Annotated[list[OneLine], About(_l("Support types"), stored=OWN)] = Field(
        default_factory=list)
    audience: Annotated[list[OneLine], About(_l("Who it is for"))] = Field(
        default_factory=lambda: ["young-people"], min_length=1)
    minimum_age: Annotated[int, About(_l("Youngest age"))] = Field(ge=0, le=25)
    maximum_age: Annotated[int, About(_l("Oldest age"))] = Field(ge=0, le=25)
    self_referral: Annotated[bool, About(_l("Young people can get in touch themselves"),
                                         form=OWN)] = False
    self_referral_min_age: Annotated[int | None, About(_l("Self-referral from age"))] = Field(
        default=None, ge=0, le=25)
    referral_routes: Annotated[list[OneLine], About(_l("Who can refer"))] = Field(
        default_factory=list)
    parental_involvement: Annotated[OneLine, About(_l("Parents or carers"))] = ""
    confidentiality: Annotated[MultiLine, About(_l("Confidentiality"))] = Field(
        default="", max_length=1000)
    delivery_modes: Annotated[list[OneLine], About(_l("How support is given"))] = Field(
        min_length=1)
    cost: Annotated[OneLine, About(_l("Cost"))] = "free"
    cost_details: Annotated[MultiLine, About(_l("Cost details"))] = Field(default="",
                                                                       max_length=500)
    languages: Annotated[list[OneLine], About(_l("Languages"), form=OWN)] = Field(
        default_factory=lambda: ["en"])
    accessibility: Annotated[MultiLine, About(_l("Accessibility"))] = Field(default="",
                                                                         max_length=1000)
    phone: Annotated[OneLine, About(_l("Phone"))] = ""
    text_number: Annotated[OneLine, About(_l("Text number"))] = ""
    email: Annotated[OneLine, About(_l("Email"))] = ""
    url: Annotated[OneLine, About(_l("Website"), column="website")] = ""
    locations: Annotated[list[LocationInput], About(_l("Locations"), stored=OWN, form=OWN,
                                                    column=LOCATION_COLUMNS)] = Field(
        default_factory=list)
    service_areas: Annotated[list[OneLine], About(_l("Council areas"), form=OWN)] = Field(
        default_factory=list)
    national: Annotated[bool, About(_l("Available anywhere in England"))] = False
    opening_hours: Annotated[MultiLine, About(_l("Opening hours"), stored=OWN, form=OWN)] = ""
    availability: Annotated[OneLine, About(_l("Taking referrals"))] = "accepting"
    wait_weeks: Annotated[int | None, About(_l("Typical wait (weeks)"))] = Field(
        default=None, ge=0, le=104)
    availability_expires: Annotated[date | None, About(_l("Availability shown until"),
                                                       column=NOT_IN_CSV)] = None
    assured_date: Annotated[date | None, About(_l("Last checked"), stored=OWN,
                                               form=NOT_ON_FORM)] = None
    status: Annotated[OneLine, About(_l("Status"), column=NOT_IN_CSV)] = "active"

    @field_validator("groupings")
    @classmethod
    def _groupings(cls, v):
        return _check_list(v, thrive.CODES, "grouping")

    @field_validator("topics", "support_types")
    @classmethod
    def _terms(cls, v, info: ValidationInfo):
        known = (info.context or {}).get(info.field_name)
        return _check_list(v, known, info.field_name.replace("_", " ")[:-1]) if known else v

    @field_validator(*_LISTS_FROM)
    @classmethod
    def _from_fixed_list(cls, v, info: ValidationInfo):
        allowed, what = _LISTS_FROM[info.field_name]
        return _check_list(v, allowed, what)

    @field_validator("languages")
    @classmethod
    def _languages(cls, v):
        v = [code.lower() for code in v]
        return _check_list(v, _LANGUAGES, "language code")

    @field_validator("service_areas")
    @classmethod
    def _areas(cls, v):
        bad = [code for code in v if not LA_CODE.match(code)]
        if bad:
            raise broken("not_a_council_code", values=", ".join(bad))
        return v

    @field_validator(*_ONE_OF)
    @classmethod
    def _one_of_fixed(cls, v, info: ValidationInfo):
        allowed, what = _ONE_OF[info.field_name]
        return _one_of(v, allowed, what)

    @field_validator("phone", "text_number")
    @classmethod
    def _phone(cls, v):
        return check_phone(v)

    @field_validator("email")
    @classmethod
    def _email(cls, v):
        if not v:
            return ""
        try:
            return validate_email(v, check_deliverability=False).normalized
        except EmailNotValidError as error:
            raise broken("not_an_email_address", value=v, reason=error) from None

    @field_validator("url", "organisation_website")
    @classmethod
    def _url(cls, v):
        if v and not _URL.match(v):
            raise broken("not_a_web_address", value=v)
        return v

    @field_validator("opening_hours")
    @classmethod
    def _hours(cls, v):
        try:
            return opening_hours.format_openings(opening_hours.parse(v))
        except opening_hours.OpeningHoursError as error:
            raise broken("opening_hours_unreadable", reason=error) from None

    @field_validator("assured_date")
    @classmethod
    def _not_future(cls, v):
        if v and v > date.today():
            raise broken("checked_in_future")
        if v and v.year < 1990:
            raise broken("checked_too_long_ago")
        return v

    @model_validator(mode="after")
    def _consistent(self):
        for rule in whole_listing(dict(self)):
            raise broken(rule.code)
        return self


def _one_of(value: str, allowed, what: str) -> str:
    if value not in allowed:
        choices = ", ".join(a for a in allowed if a)
        raise broken("not_one_of", value=value, what=what, choices=choices)
    return value


def about(name: str) -> About:
    """Return a field's declaration."""
    return next(m for m in ServiceInput.model_fields[name].metadata if isinstance(m, About))


FIELDS: dict[str, About] = {name: about(name) for name in ServiceInput.model_fields}
LABELS = {name: field.label for name, field in FIELDS.items()}
# Fields the write path copies onto the Service column of the same name, and the snapshot reads.
STORED = tuple(name for name, field in FIELDS.items() if field.stored == PLAIN)
# Fields typed into the provider's form field of the same name.
ON_FORM = tuple(name for name, field in FIELDS.items() if field.form == PLAIN)
# ServiceInput field -> CSV column, where the names differ.
CSV_RENAMES = {name: field.column for name, field in FIELDS.items()
               if isinstance(field.column, str) and field.column}


def csv_columns() -> tuple[str, ...]:
    """Return the CSV format's columns in order: one per field, locations spread out."""
    columns = []
    for name, field in FIELDS.items():
        if isinstance(field.column, dict):
            columns += list(field.column)
        elif field.column != NOT_IN_CSV:
            columns.append(field.column or name)
    return tuple(columns)


def kind_of(name: str) -> type:
    """Return the plain type of a field: str, int, bool, date or list."""
    annotation = ServiceInput.model_fields[name].annotation
    origin = getattr(annotation, "__origin__", None)
    if origin is list:
        return list
    for kind in (bool, int, date):
        if annotation is kind or kind in getattr(annotation, "__args__", ()):
            return kind
    return str


def same_value(name: str, one, other) -> bool:
    """Say whether two values of a field say the same thing: a list's order is not a change."""
    # Topics, groupings, languages, council areas, locations…: a set of things, whatever the
    # order they were ticked or typed in. Every comparison of listings (diffs, conflicts,
    # stale edits, the audit) asks here.
    if name in FIELDS and kind_of(name) is list and isinstance(one, list) \
            and isinstance(other, list):
        return sorted(map(_canonical, one)) == sorted(map(_canonical, other))
    return one == other


def _canonical(item) -> str:
    return json.dumps(item, sort_keys=True, default=str)


__all__ = ["FIELDS", "LABELS", "LOCATION_COLUMNS", "NOT_ON_FORM", "OWN", "About",
           "LocationInput", "ServiceInput", "check_phone", "csv_columns", "kind_of",
           "same_value"]
