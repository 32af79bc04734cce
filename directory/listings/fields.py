"""ServiceInput: the one validated shape of a listing, shared by forms, the API and importers."""

import re
from datetime import date

import phonenumbers
from babel import Locale
from email_validator import EmailNotValidError, validate_email
from phonenumbers import shortnumberinfo
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..text_rules import MultiLine, OneLine
from ..vocabulary import fixed, thrive
from . import opening_hours

_LANGUAGES = set(Locale("en").languages)
_LA_CODE = re.compile(r"^[ENSW]\d{8}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)


def _check_list(values: list[str], allowed, what: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(repr(u) for u in unknown)}")
    return list(dict.fromkeys(values))


def check_phone(value: str) -> str:
    """Accept a UK phone number, including short numbers such as 116 123 or 85258."""
    value = value.strip()
    if not value:
        return ""
    if not re.fullmatch(r"[+\d][\d ()-]{1,20}", value):
        raise ValueError(f"'{value}' is not a phone number")
    number = phonenumbers.parse(value, "GB")
    if not (
        phonenumbers.is_valid_number(number)
        or shortnumberinfo.is_valid_short_number(number)
        or phonenumbers.is_possible_number(number)
    ):
        raise ValueError(f"'{value}' is not a UK phone number")
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
            raise ValueError("give both latitude and longitude, or neither")
        if not self.postcode and self.latitude is None:
            raise ValueError("a location needs a postcode or a latitude and longitude")
        return self


class ServiceInput(BaseModel):
    """Everything a listing says, checked the same way whichever door it came in by."""

    model_config = ConfigDict(str_strip_whitespace=True)

    organisation: OneLine = Field(min_length=1, max_length=200)
    organisation_website: OneLine = ""
    service_ref: OneLine = Field(min_length=1, max_length=100,
                                 pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    name: OneLine = Field(min_length=2, max_length=200)
    summary: OneLine = Field(min_length=10, max_length=200)
    description: MultiLine = Field(default="", max_length=5000)
    groupings: list[OneLine] = Field(min_length=1, max_length=5)
    topics: list[OneLine] = Field(default_factory=list)
    support_types: list[OneLine] = Field(default_factory=list)
    audience: list[OneLine] = Field(default_factory=lambda: ["young-people"], min_length=1)
    minimum_age: int = Field(ge=0, le=25)
    maximum_age: int = Field(ge=0, le=25)
    self_referral: bool = False
    self_referral_min_age: int | None = Field(default=None, ge=0, le=25)
    referral_routes: list[OneLine] = Field(default_factory=list)
    parental_involvement: OneLine = ""
    confidentiality: MultiLine = Field(default="", max_length=1000)
    delivery_modes: list[OneLine] = Field(min_length=1)
    cost: OneLine = "free"
    cost_details: MultiLine = Field(default="", max_length=500)
    languages: list[OneLine] = Field(default_factory=lambda: ["en"])
    accessibility: MultiLine = Field(default="", max_length=1000)
    phone: OneLine = ""
    text_number: OneLine = ""
    email: OneLine = ""
    url: OneLine = ""
    locations: list[LocationInput] = Field(default_factory=list)
    service_areas: list[OneLine] = Field(default_factory=list)
    national: bool = False
    opening_hours: MultiLine = ""
    availability: OneLine = "accepting"
    wait_weeks: int | None = Field(default=None, ge=0, le=104)
    availability_expires: date | None = None
    assured_date: date | None = None
    status: OneLine = "active"

    @field_validator("groupings")
    @classmethod
    def _groupings(cls, v):
        return _check_list(v, thrive.CODES, "grouping")

    @field_validator("topics", "support_types")
    @classmethod
    def _terms(cls, v, info: ValidationInfo):
        known = (info.context or {}).get(info.field_name)
        return _check_list(v, known, info.field_name.replace("_", " ")[:-1]) if known else v

    @field_validator("referral_routes")
    @classmethod
    def _routes(cls, v):
        return _check_list(v, fixed.REFERRAL_ROUTES, "referral route")

    @field_validator("audience")
    @classmethod
    def _audience(cls, v):
        return _check_list(v, fixed.AUDIENCES, "audience")

    @field_validator("delivery_modes")
    @classmethod
    def _modes(cls, v):
        return _check_list(v, fixed.DELIVERY_MODES, "delivery mode")

    @field_validator("languages")
    @classmethod
    def _languages(cls, v):
        v = [code.lower() for code in v]
        return _check_list(v, _LANGUAGES, "language code")

    @field_validator("service_areas")
    @classmethod
    def _areas(cls, v):
        bad = [code for code in v if not _LA_CODE.match(code)]
        if bad:
            raise ValueError(f"not a local authority code: {', '.join(bad)}")
        return v

    @field_validator("cost")
    @classmethod
    def _cost(cls, v):
        return _one_of(v, fixed.COSTS, "cost")

    @field_validator("availability")
    @classmethod
    def _availability(cls, v):
        return _one_of(v, fixed.AVAILABILITY, "availability")

    @field_validator("parental_involvement")
    @classmethod
    def _parents(cls, v):
        return _one_of(v, fixed.PARENTAL_INVOLVEMENT, "parental involvement")

    @field_validator("status")
    @classmethod
    def _status(cls, v):
        return _one_of(v, fixed.STATUS_LABELS, "status")

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
            raise ValueError(f"'{v}' is not an email address: {error}") from None

    @field_validator("url", "organisation_website")
    @classmethod
    def _url(cls, v):
        if v and not _URL.match(v):
            raise ValueError(f"'{v}' is not a web address starting with https://")
        return v

    @field_validator("opening_hours")
    @classmethod
    def _hours(cls, v):
        opening_hours.parse(v)
        return opening_hours.format_openings(opening_hours.parse(v))

    @field_validator("assured_date")
    @classmethod
    def _not_future(cls, v):
        if v and v > date.today():
            raise ValueError("the date it was checked cannot be in the future")
        if v and v.year < 1990:
            raise ValueError("the date it was checked is too long ago to be right")
        return v

    @model_validator(mode="after")
    def _consistent(self):
        if self.minimum_age > self.maximum_age:
            raise ValueError("the minimum age is above the maximum age")
        if self.self_referral_min_age is not None and not self.self_referral:
            raise ValueError("a self-referral age is given but self-referral is 'no'")
        if self.wait_weeks is not None and self.availability != "waiting-list":
            raise ValueError("wait_weeks is only for services with a waiting list")
        if not (self.national or self.locations or self.service_areas):
            raise ValueError("give an address, a service area, or mark the service national")
        if not (self.phone or self.email or self.url or self.text_number or self.locations):
            raise ValueError("give at least one way to get in touch")
        return self


def _one_of(value: str, allowed, what: str) -> str:
    if value not in allowed:
        choices = ", ".join(a for a in allowed if a)
        raise ValueError(f"'{value}' is not a valid {what} (choose from {choices})")
    return value
