"""Between the listing form and ServiceInput: fill the form from a listing, turn what was
typed into a ServiceInput, and put every problem back on the field it belongs to.
"""

from babel import Locale
from flask_babel import gettext as _
from pydantic import ValidationError
from sqlmodel import Session, select

from ..geo import local_authority_name
from ..models import TaxonomyTerm
from ..vocabulary.taxonomy import known_codes
from . import form_parts as parts
from . import opening_hours
from .fields import ServiceInput
from .form_parts import add_error
from .forms import COMMON_LANGUAGES, ListingForm, choices, language_choices

# Fields whose ServiceInput message is replaced by a plainer one.
_PLAIN = {
    "phone": lambda: _("Enter a UK phone number, like 01632 960123."),
    "text_number": lambda: _("Enter a UK number that can receive texts, like 07700 900123."),
    "email": lambda: _("Enter an email address, like help@example.org."),
    "url": lambda: _("Enter a web address starting with https://, like https://example.org."),
}
# Whole-listing rules: (words in the ServiceInput message, field, plain message).
_RULES = (
    ("minimum age is above", "minimum_age",
     lambda: _("The youngest age cannot be above the oldest age.")),
    ("self-referral age", "self_referral_min_age",
     lambda: _("Only give an age for getting in touch themselves if young people can.")),
    ("wait_weeks", "wait_weeks",
     lambda: _("Only give a typical wait when there is a waiting list.")),
    ("service area", "national",
     lambda: _("Add an address, list the council areas it covers, or tick "
               "“available anywhere in England”.")),
    ("get in touch", "phone",
     lambda: _("Give at least one way to get in touch: a phone or text number, an email, "
               "a website or an address.")),
)


def prepare(form: ListingForm, session: Session, organisations=()) -> ListingForm:
    """Set the choices that come from the database (taxonomy, languages, organisations)."""
    terms = session.exec(select(TaxonomyTerm).order_by(TaxonomyTerm.name)).all()
    form.topics.choices = choices((t.code, t.name) for t in terms if t.kind == "topic")
    form.support_types.choices = choices((t.code, t.name) for t in terms if t.kind != "topic")
    form.languages.choices = language_choices()
    form.organisation.choices = choices((o.id, o.name) for o in organisations)
    form.general_errors = []
    return form


def initial_data(session: Session, listing: dict) -> dict:
    """Return the form's starting values for a listing snapshot or a proposal."""
    data = {k: listing.get(k) for k in (
        "name", "summary", "description", "status", "groupings", "topics", "support_types",
        "audience", "minimum_age", "maximum_age", "self_referral_min_age", "referral_routes",
        "parental_involvement", "confidentiality", "delivery_modes", "cost", "cost_details",
        "accessibility", "phone", "text_number", "email", "url", "national", "availability",
        "wait_weeks", "availability_expires")}
    data["self_referral"] = "yes" if listing.get("self_referral") else "no"
    data["audience"] = data["audience"] or ["young-people"]  # proposals made before the field
    if data["status"] not in ("active", "temporarily-closed"):
        data["status"] = "active"
    languages = listing.get("languages") or []
    data["languages"] = [code for code in languages if code in COMMON_LANGUAGES]
    data["other_languages"] = ", ".join(
        _language_name(code) for code in languages if code not in COMMON_LANGUAGES)
    data["service_areas"] = "; ".join(
        local_authority_name(session, code) or code for code in listing.get("service_areas") or [])
    data["locations"] = [
        {**loc, "known_postcode": loc.get("postcode") or "",
         "latitude": _text(loc.get("latitude")), "longitude": _text(loc.get("longitude"))}
        for loc in listing.get("locations") or []
    ] or [{}]
    data.update(_hours_data(listing.get("opening_hours") or ""))
    return data


def _text(value) -> str:
    return "" if value is None else str(value)


def _hours_data(text: str) -> dict:
    if text == "24/7":
        return {"always_open": True}
    days: dict[int, list[str]] = {day: [] for day in range(7)}
    for o in opening_hours.parse(text):
        days[o.weekday].append(f"{o.opens_at}-{o.closes_at}")
    return {f"hours_{day}": ", ".join(times) for day, times in days.items()}


def _language_name(code: str) -> str:
    return (Locale("en").languages.get(code) or code)


def to_input(form: ListingForm, session: Session, organisation: str, service_ref: str,
             assured_date=None, website: str = "") -> ServiceInput | None:
    """Return what was typed as a ServiceInput, or None with every problem on its field."""
    _cross_checks(form)
    hours = parts.opening_hours_text(form)
    languages = list(form.languages.data or []) + parts.other_languages(form)
    areas = parts.service_areas(form, session)
    locations, positions = parts.locations(form, session)
    _where_and_how(form)
    data = {
        "organisation": organisation, "organisation_website": website,
        "service_ref": service_ref, "opening_hours": hours, "languages": languages,
        "service_areas": areas, "locations": locations,
        "self_referral": form.self_referral.data == "yes",
        "assured_date": assured_date,
    }
    for name in ("name", "summary", "description", "status", "groupings", "topics",
                 "support_types", "audience", "minimum_age", "maximum_age", "self_referral_min_age",
                 "referral_routes", "parental_involvement", "confidentiality", "delivery_modes",
                 "cost", "cost_details", "accessibility", "phone", "text_number", "email", "url",
                 "national", "availability", "wait_weeks", "availability_expires"):
        value = form[name].data
        data[name] = value.strip() if isinstance(value, str) else value
    if data["minimum_age"] is None or data["maximum_age"] is None or has_errors(form):
        _check_anyway(data, session, form, positions)
        return None
    try:
        return ServiceInput.model_validate(data, context=known_codes(session))
    except ValidationError as error:
        put_errors(form, error, positions)
        return None


def _cross_checks(form: ListingForm) -> None:
    """Check the rules between fields up front, so one save explains every problem."""
    # ServiceInput only reaches its whole-listing rules once every field is valid.
    low, high = form.minimum_age.data, form.maximum_age.data
    if low is not None and high is not None and low > high:
        add_error(form.minimum_age, _RULES[0][2]())
    if form.self_referral_min_age.data is not None and form.self_referral.data != "yes":
        add_error(form.self_referral_min_age, _RULES[1][2]())
    if form.wait_weeks.data is not None and form.availability.data != "waiting-list":
        add_error(form.wait_weeks, _RULES[2][2]())


def _where_and_how(form: ListingForm) -> None:
    """Check there is somewhere to go (or it is national) and some way to get in touch."""
    places = any(not e.form.is_blank() and not e.form.remove.data for e in form.locations)
    if not (form.national.data or places or (form.service_areas.data or "").strip()):
        add_error(form.national, _RULES[3][2]())
    contacts = (form.phone, form.text_number, form.email, form.url)
    if not (places or any((field.data or "").strip() for field in contacts)):
        add_error(form.phone, _RULES[4][2]())


def _check_anyway(data: dict, session: Session, form: ListingForm, positions: list[int]):
    """Report ServiceInput's own findings too, so one save explains every problem."""
    data = {**data, "minimum_age": data["minimum_age"] or 0,
            "maximum_age": data["maximum_age"] if data["maximum_age"] is not None else 25}
    try:
        ServiceInput.model_validate(data, context=known_codes(session))
    except ValidationError as error:
        put_errors(form, error, positions, only_new=True)


def has_errors(form: ListingForm) -> bool:
    """Say whether any field (or the whole form) has a problem."""
    return bool(form.general_errors or error_summary(form))


def error_summary(form: ListingForm) -> list[tuple[str, str]]:
    """Return (field id, message) for every problem, in the order of the page."""
    found = []
    for field in form:
        if field.type == "FieldList":
            for entry in field:
                found += [(sub.id, m) for sub in entry.form for m in sub.errors]
        elif field.type != "CSRFTokenField":
            found += [(field.id, m) for m in field.errors]
    return found


def put_errors(form: ListingForm, error: ValidationError, positions: list[int],
               only_new: bool = False) -> None:
    """Put ServiceInput's problems on the form's fields."""
    for problem in error.errors():
        loc, message = problem["loc"], problem["msg"].removeprefix("Value error, ")
        field = _field_for(form, loc, positions)
        if field is None and not loc:
            field, message = _rule_for(form, message)
        if field is None:
            form.general_errors.append(message)
        elif not (only_new and field.errors):
            add_error(field, _PLAIN[loc[0]]() if loc and loc[0] in _PLAIN else message)


def _field_for(form: ListingForm, loc: tuple, positions: list[int]):
    if not loc:
        return None
    if loc[0] == "locations" and len(loc) >= 3 and loc[1] < len(positions):
        entry = form.locations[positions[loc[1]]].form
        return entry[loc[2]] if loc[2] in entry else entry.postcode
    if loc[0] == "locations" and len(loc) == 2 and loc[1] < len(positions):
        return form.locations[positions[loc[1]]].form.postcode
    if loc[0] == "opening_hours":
        return form.hours_0
    return form[loc[0]] if loc[0] in form else None


def _rule_for(form: ListingForm, message: str):
    for words, name, plain in _RULES:
        if words in message:
            return form[name], plain()
    return None, message
