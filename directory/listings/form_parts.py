"""The listing form's composite fields: opening hours by day, other languages, council areas
and locations checked against the gazetteer. Each reads its fields and puts any problem on them.
"""

import re

from babel import Locale
from flask_babel import gettext as _
from sqlmodel import Session

from .. import listings
from ..geo import local_authority_name, normalise_postcode
from . import opening_hours
from .forms import ListingForm

_RANGE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|to)\s*(\d{1,2})(?:[:.](\d{2}))?")


def add_error(field, message: str) -> None:
    """Add a message to a field (its errors are a tuple until it has been validated)."""
    if message not in field.errors:
        field.errors = [*field.errors, message]


def opening_hours_text(form: ListingForm) -> str:
    """Return the week as the opening hours text form, putting problems on each day."""
    if form.always_open.data:
        return "24/7"
    parts = []
    for day, field in form.hours_fields():
        times = normalise_times(field.data or "")
        if not times:
            continue
        try:
            opening_hours.parse(f"{opening_hours.DAYS[day]} {times}")
        except opening_hours.OpeningHoursError:
            add_error(field, _("Enter times like 09:00-17:00, or 09:00-12:30, 13:30-17:00. "
                               "Leave the day empty if it is closed."))
            continue
        field.data = times
        parts.append(f"{opening_hours.DAYS[day]} {times}")
    return "; ".join(parts)


def normalise_times(text: str) -> str:
    """Tidy "9-5" or "9.30 to 12:30, 13:30-17:00" into "09:00-05:00"-style ranges."""
    text = text.strip()
    if text.lower() in ("", "closed", "-", "–"):
        return ""
    ranges = []
    for part in re.split(r"\s*[,;]\s*|\s+and\s+", text):
        match = _RANGE.fullmatch(part.strip())
        if not match:
            return text  # the parser explains what it could not read
        h1, m1, h2, m2 = match.groups()
        ranges.append(f"{int(h1):02d}:{m1 or '00'}-{int(h2):02d}:{m2 or '00'}")
    return ",".join(ranges)


def other_languages(form: ListingForm) -> list[str]:
    """Return the codes of the languages typed by name, putting unknown ones as errors."""
    names = {name.lower(): code for code, name in Locale("en").languages.items()}
    codes = []
    typed = re.split(r"[,;\n]", form.other_languages.data or "")
    for word in filter(None, (w.strip() for w in typed)):
        code = word.lower() if word.lower() in Locale("en").languages else names.get(word.lower())
        if code is None:
            add_error(form.other_languages, _("We don't recognise “%(word)s” as a language. "
                                              "Use its English name, like Tigrinya.", word=word))
        else:
            codes.append(code)
    return codes


def service_areas(form: ListingForm, session: Session) -> list[str]:
    """Return the council area codes for the names (or codes) typed."""
    codes = []
    typed = re.split(r"[;\n]", form.service_areas.data or "")
    for chunk in filter(None, (c.strip() for c in typed)):
        found = listings.find_council(session, chunk)
        if found is None and "," in chunk:
            found_parts = [listings.find_council(session, part)
                           for part in chunk.split(",") if part.strip()]
            if all(found_parts):
                codes += found_parts
                continue
        if found is None:
            add_error(form.service_areas, _("We can't find a council area called “%(name)s”. "
                                            "Use the council's name, like Stevenage.", name=chunk))
        else:
            codes.append(found)
    return list(dict.fromkeys(codes))


def locations(form: ListingForm, session: Session) -> tuple[list[dict], list[int]]:
    """Return the usable locations and, for each, its position in the form."""
    locations, positions = [], []
    for index, entry in enumerate(form.locations):
        location = entry.form
        if location.remove.data or location.is_blank():
            continue
        result = check_location(session, location)
        if result is not None:
            locations.append(result)
            positions.append(index)
    return locations, positions


def check_location(session: Session, location) -> dict | None:
    """Check one location's postcode against the gazetteer; None (with an error) if unusable."""
    typed = (location.postcode.data or "").strip()
    if not typed:
        add_error(location.postcode, _("Enter the postcode, so people can find this place."))
        return None
    try:
        place = listings.place_location(session, typed, *_kept_point(location, typed))
    except listings.LocationError as problem:
        add_error(location.postcode, _location_problem(problem))
        return None
    location.postcode.data = place.postcode
    location.found = local_authority_name(session, place.la_code)
    location.checked = True
    return {"name": location.name.data or "", "address": location.address.data or "",
            "town": location.town.data or "", "postcode": place.postcode,
            "latitude": place.latitude, "longitude": place.longitude,
            "hide_address": bool(location.hide_address.data)}


def _kept_point(location, typed: str) -> tuple[float | None, float | None]:
    """Return the stored coordinates, kept only while the postcode is the one they came with."""
    # They matter only for a postcode the gazetteer does not know (listings.place_location).
    postcode = normalise_postcode(typed)
    if not postcode or postcode != (location.known_postcode.data or ""):
        return None, None
    return _number(location.latitude.data), _number(location.longitude.data)


def _location_problem(problem: listings.LocationError) -> str:
    if problem.code == "not-a-postcode":
        return _("“%(postcode)s” is not a UK postcode. Check it: it should look like SG1 1AA.",
                 postcode=problem.postcode)
    return _("We can't find the postcode %(postcode)s. Check it is right; if it is new, ask the "
             "directory team to add it.", postcode=problem.postcode)


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None
