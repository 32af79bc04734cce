"""Turn what someone typed (postcode, outcode or place name) into a point, without the internet."""

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from sqlmodel import Session, select

from directory.models.gazetteer import LocalAuthority, Outcode, Place, Postcode, PostcodeSector

from .postcodes import looks_like_postcode, normalise_outcode, normalise_postcode

LocationKind = Literal["postcode", "sector", "outcode", "place"]
# Folded words spelt in more than one way in place names ("St Albans", "Saint Albans").
_SYNONYMS = {"st": "saint", "ste": "sainte"}


class LocationNotFound(ValueError):
    """Raised when a location cannot be found; the message is meant for the person searching."""

    def __init__(self, message: str, reason: str = "unknown-place", text: str = "") -> None:
        super().__init__(message)
        # A stable code (empty, malformed-postcode, unknown-postcode, unknown-outcode,
        # unknown-place) and the text looked up, for callers that word or translate it themselves.
        self.reason = reason
        self.text = text


@dataclass(frozen=True, slots=True)
class GeoPoint:
    """A located point with a label to show and the local authority it falls in."""

    label: str
    latitude: float
    longitude: float
    la_code: str | None
    la_name: str | None
    kind: LocationKind
    # A full postcode the gazetteer lacks is placed at its sector or outcode ("M1 1", kind
    # "sector" or "outcode"): the label stays the postcode asked for, matched names the area.
    approximate: bool = False
    matched: str | None = None


def fold_place_name(text: str) -> str:
    """Fold a place name for matching: lower case, no accents or punctuation, "st" as "saint"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub(r"['’‘`]", "", plain.replace("&", " and "))  # "King's" matches "Kings"
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    return " ".join(_SYNONYMS.get(word, word) for word in words)


def local_authority_name(session: Session, code: str | None) -> str | None:
    """Return the name of a local authority from its code, or None when unknown."""
    if not code:
        return None
    authority = session.get(LocalAuthority, code)
    return authority.name if authority else None


def find_location(session: Session, text: str | None) -> GeoPoint:
    """Find a postcode (else its sector, else outcode), outcode or place; raise LocationNotFound."""
    text = " ".join((text or "").split())
    if not text:
        raise LocationNotFound("Enter a postcode, or the name of a town or village.", "empty")
    shown = _shorten(text)
    if postcode := normalise_postcode(text):
        return lookup_postcode(session, postcode) or _near_postcode(session, postcode)
    if outcode := normalise_outcode(text):
        return _find_outcode(session, outcode)
    if looks_like_postcode(text):
        raise LocationNotFound(
            f"'{shown}' does not look like a full postcode — check it, or try just the first "
            "part, such as 'SG1'.",
            "malformed-postcode",
            text,
        )
    return _find_place(session, text, shown)


def lookup_postcode(session: Session, text: str | None) -> GeoPoint | None:
    """Return the point of a full postcode, or None when it is malformed or unknown."""
    postcode = normalise_postcode(text)
    row = session.get(Postcode, postcode) if postcode else None
    if row is None:
        return None
    return _point(session, row.postcode, row.latitude, row.longitude, row.la_code, "postcode")


def _near_postcode(session: Session, postcode: str) -> GeoPoint:
    """Place a postcode the gazetteer lacks at its sector, else its outcode, marked approximate."""
    outcode = postcode.split(" ")[0]
    area = session.get(PostcodeSector, postcode[:-2]) or session.get(Outcode, outcode)
    if area is None:
        raise LocationNotFound(
            f"We couldn't find the postcode '{postcode}' — check it, or try a nearby town.",
            "unknown-postcode",
            postcode,
        )
    kind = "sector" if isinstance(area, PostcodeSector) else "outcode"
    matched = area.sector if kind == "sector" else area.outcode
    point = _point(session, postcode, area.latitude, area.longitude, area.la_code, kind)
    return replace(point, approximate=True, matched=matched)


def _find_outcode(session: Session, outcode: str) -> GeoPoint:
    row = session.get(Outcode, outcode)
    if row is None:
        raise LocationNotFound(
            f"We couldn't find the postcode area '{outcode}' — check it, or try a full "
            "postcode or a town.",
            "unknown-outcode",
            outcode,
        )
    return _point(session, row.outcode, row.latitude, row.longitude, row.la_code, "outcode")


def _find_place(session: Session, text: str, shown: str) -> GeoPoint:
    place = _best_place(session, fold_place_name(text), "")
    if place is None and "," in text:
        # "Hatfield, Hertfordshire": the words after the comma choose the county (or country).
        name, _, qualifier = text.rpartition(",")
        place = _best_place(session, fold_place_name(name), fold_place_name(qualifier))
    if place is None:
        message = f"We couldn't find '{shown}' — try a postcode or town."
        raise LocationNotFound(message, "unknown-place", text)
    # "Hatfield, Hertfordshire"; "Newport, Wales" rather than "Newport, Newport".
    area = place.county if place.county != place.name else place.country
    label = f"{place.name}, {area}" if area else place.name
    return _point(session, label, place.latitude, place.longitude, place.la_code, "place")


def _best_place(session: Session, key: str, qualifier: str) -> Place | None:
    """Return the largest place with this folded name, preferring the qualifier's county."""
    if not key:
        return None
    statement = select(Place).where(Place.name_key == key).order_by(Place.weight.desc(), Place.id)
    places = session.exec(statement).all()
    if qualifier:
        fits = [p for p in places if _qualifies(p, qualifier)]
        places = fits or places
    return places[0] if places else None


def _qualifies(place: Place, qualifier: str) -> bool:
    names = (fold_place_name(place.county), fold_place_name(place.country))
    return any(name.startswith(qualifier) for name in names)


def _point(
    session: Session, label: str, lat: float, lon: float, la_code: str | None, kind: LocationKind
) -> GeoPoint:
    name = local_authority_name(session, la_code)
    return GeoPoint(label, lat, lon, la_code, name, kind)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
