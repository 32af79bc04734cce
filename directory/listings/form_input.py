"""Between the listing form and ServiceInput: fill the form from a listing, turn what was
typed into a ServiceInput, and put every problem back on the field it belongs to.
"""

from babel import Locale
from pydantic import ValidationError
from sqlmodel import Session, select

from ..geo import local_authority_name
from ..models import LISTED, TaxonomyTerm
from ..vocabulary.taxonomy import known_codes
from . import form_parts as parts
from . import opening_hours, rules
from .fields import ON_FORM, ServiceInput
from .form_parts import add_error
from .forms import COMMON_LANGUAGES, ListingForm, choices, language_choices

_RULE_FIELDS = {rule.code: rule.field for rule in rules.WHOLE_LISTING}


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
    data = {name: listing.get(name) for name in ON_FORM}
    data["self_referral"] = "yes" if listing.get("self_referral") else "no"
    data["audience"] = data["audience"] or ["young-people"]  # proposals made before the field
    if data["status"] not in LISTED:
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
    hours = parts.opening_hours_text(form)
    languages = list(form.languages.data or []) + parts.other_languages(form)
    areas = parts.service_areas(form, session)
    locations, positions = parts.locations(form, session)
    data = {
        "organisation": organisation, "organisation_website": website,
        "service_ref": service_ref, "opening_hours": hours, "languages": languages,
        "service_areas": areas, "locations": locations,
        "self_referral": form.self_referral.data == "yes",
        "assured_date": assured_date,
    }
    for name in ON_FORM:
        value = form[name].data
        data[name] = value.strip() if isinstance(value, str) else value
    _whole_listing_checks(form, data)
    if data["minimum_age"] is None or data["maximum_age"] is None or has_errors(form):
        _check_anyway(data, session, form, positions)
        return None
    try:
        return ServiceInput.model_validate(data, context=known_codes(session))
    except ValidationError as error:
        put_errors(form, error, positions)
        return None


def _whole_listing_checks(form: ListingForm, data: dict) -> None:
    """Check the rules between fields up front, so one save explains every problem."""
    # ServiceInput only reaches its whole-listing rules once every field is valid; here what
    # was typed counts, even a location or council area that is not yet right.
    typed = {"locations": _places_typed(form), "service_areas": form.service_areas.data or ""}
    for rule in rules.whole_listing({**data, **typed}):
        add_error(form[rule.field], rules.plain_words(rule.code, rule.field))


def _places_typed(form: ListingForm) -> bool:
    """Say whether any location was typed (even one whose postcode is wrong)."""
    return any(not e.form.is_blank() and not e.form.remove.data for e in form.locations)


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
    """Put ServiceInput's problems on the form's fields, in plain words where the rule has them."""
    for problem in error.errors():
        loc, code = problem["loc"], problem["type"]
        message = problem["msg"].removeprefix("Value error, ")
        field = _field_for(form, loc, positions)
        if field is None and not loc and code in _RULE_FIELDS:
            field = form[_RULE_FIELDS[code]]
        if field is None:
            form.general_errors.append(message)
        elif not (only_new and field.errors):
            add_error(field, rules.plain_words(code, str(loc[0]) if loc else "") or message)


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
