"""The checks a listing needs the database for, used by every way in (the write path, the
provider's form, the CSV and Open Referral importers): is each place on the map, and is each
council area one we know.
"""

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from ..geo.postcodes import normalise_postcode
from ..models import LocalAuthority, Postcode
from .fields import LA_CODE, LocationInput, ServiceInput


class ListingError(ValueError):
    """A listing could not be written; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class LocationError(ListingError):
    """A location can't be put on the map; ``code`` names the rule, for each surface's words."""

    def __init__(self, code: str, postcode: str, message: str):
        super().__init__({"postcode": message})
        self.code = code  # "not-a-postcode" or "unknown-postcode"
        self.postcode = postcode


@dataclass(frozen=True)
class Place:
    """Where a location is: its postcode (canonical, or ""), point and council area."""

    postcode: str
    latitude: float
    longitude: float
    la_code: str | None
    from_gazetteer: bool


def place_location(session: Session, postcode: str | None, latitude: float | None = None,
                   longitude: float | None = None) -> Place:
    """Place a location: a postcode the gazetteer knows wins; else the coordinates given."""
    code = normalise_postcode(postcode) if postcode else None
    if postcode and code is None:
        raise LocationError("not-a-postcode", postcode,
                            f"'{postcode}' is not a valid UK postcode")
    known = session.get(Postcode, code) if code else None
    if known is not None:
        return Place(code, known.latitude, known.longitude, known.la_code, True)
    if latitude is not None and longitude is not None:
        return Place(code or "", latitude, longitude, None, False)
    raise LocationError("unknown-postcode", code or "",
                        f"postcode '{postcode or ''}' is not in the gazetteer; "
                        "give latitude and longitude")


def resolve_location(session: Session, loc: LocationInput) -> tuple[float, float, str | None]:
    """Return latitude, longitude and local-authority code for a location, or raise."""
    place = place_location(session, loc.postcode, loc.latitude, loc.longitude)
    return place.latitude, place.longitude, place.la_code


@dataclass(frozen=True)
class PlaceProblem:
    """A place the directory cannot use: which location (or None for the council areas)."""

    code: str  # "not-a-postcode", "unknown-postcode" or "unknown-council"
    location: int | None
    field: str  # the LocationInput or ServiceInput field at fault
    message: str


def place_problems(session: Session, data: ServiceInput) -> list[PlaceProblem]:
    """Return every location that cannot be placed and every unknown council area."""
    problems = []
    for index, location in enumerate(data.locations):
        try:
            resolve_location(session, location)
        except LocationError as error:
            problems.append(PlaceProblem(error.code, index, "postcode", error.errors["postcode"]))
    known = set(session.exec(select(LocalAuthority.code).where(
        LocalAuthority.code.in_(data.service_areas)))) if data.service_areas else set()
    problems += [PlaceProblem("unknown-council", None, "service_areas",
                              f"unknown local authority code {code}")
                 for code in data.service_areas if code not in known]
    return problems


def find_council(session: Session, text: str) -> str | None:
    """Return the code of the council area named (or coded) by text, or None."""
    text = text.strip()
    if LA_CODE.match(text.upper()):
        return text.upper() if session.get(LocalAuthority, text.upper()) else None
    return session.exec(select(LocalAuthority.code).where(
        func.lower(LocalAuthority.name) == text.lower())).first()
