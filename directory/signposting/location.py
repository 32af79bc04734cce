"""Where the young person is: a postcode, a town, or a school or GP practice typed as a place."""

import re
from dataclasses import dataclass

from sqlmodel import Session, select

from ..geo import GeoPoint, LocationNotFound, find_location, normalise_postcode
from ..models import Outcode

# A postcode or outcode inside longer words ("Oak Primary School, SG1 2AB").
_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_POSTCODE_IN_TEXT = re.compile(rf"\b({_OUTWARD} ?[0-9][A-Z]{{2}}|{_OUTWARD})\b")
# Words that name the school or practice rather than the place it is in.
NOT_PLACES = frozenset("""
    school schools academy primary secondary infant infants junior juniors nursery college
    sixth form high grammar upper middle lower community free studio university campus pupil
    referral unit church england ce cofe c of e rc catholic methodist saint st st. mary marys
    john johns peter peters the and a at in on for boys girls ladies mens surgery practice medical
    centre center health clinic doctors doctor doctors' gp group partnership family hospital
    road street lane avenue way close drive hill park green house hall court cross heath wood end
    north south east west new old great little upper lower common city town village garden
    gardens cottage farm lodge manor
""".split())
MAX_WORDS = 8
# An outcode centroid within this many degrees is close enough to count a town by.
NEAREST_OUTCODE_SPAN = 0.15


@dataclass(frozen=True)
class Located:
    """A place found for what was typed: the point, and the words that found it."""

    point: GeoPoint
    words: str  # what to search with from now on (a shorter phrase when we had to guess)
    guessed: bool  # True when only part of what was typed was recognised


def locate(session: Session, text: str) -> Located:
    """Find what was typed, else a postcode or a place named inside it; raise LocationNotFound."""
    try:
        return Located(find_location(session, text), text, False)
    except LocationNotFound as not_found:
        for words in candidate_phrases(text):
            try:
                return Located(find_location(session, words), words, True)
            except LocationNotFound:
                continue
        raise not_found from None


def candidate_phrases(text: str) -> list[str]:
    """Return shorter phrases to try, best first: postcodes, comma parts, then runs of words."""
    phrases: list[str] = []
    upper = text.upper()
    for match in _POSTCODE_IN_TEXT.finditer(upper):
        code = normalise_postcode(match.group(1)) or match.group(1)
        # A full postcode missing from the gazetteer is still found by its first half.
        phrases += [code, code.split()[0]] if " " in code else [code]
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) > 1:
        phrases += reversed(parts)
    words = re.findall(r"[^\W_][\w'’&.-]*", text)[:MAX_WORDS]
    for size in range(min(len(words), 4), 0, -1):
        for start in range(len(words) - size, -1, -1):
            run = words[start:start + size]
            if all(word.lower().strip(".'’") in NOT_PLACES for word in run):
                continue
            if size == 1 and (run[0].lower() in NOT_PLACES or len(run[0]) < 3):
                continue
            phrases.append(" ".join(run))
    seen: set[str] = set()
    seen.add(" ".join(text.lower().split()))
    return [p for p in phrases if not (p.lower() in seen or seen.add(p.lower()))]


def counted_outcode(session: Session, point: GeoPoint) -> str:
    """Return the outcode to count a search by: never a full postcode."""
    if point.kind in ("postcode", "sector", "outcode"):
        # Postcodes ("SG1 1AA") and the sectors ("M1 1") standing in for them count by outcode.
        return (point.matched or point.label).upper().split(" ")[0][:4]
    return nearest_outcode(session, point.latitude, point.longitude)


def nearest_outcode(session: Session, latitude: float, longitude: float) -> str:
    """Return the outcode whose centre is nearest a point (a town is counted by its district)."""
    span = NEAREST_OUTCODE_SPAN
    rows = session.exec(select(Outcode.outcode, Outcode.latitude, Outcode.longitude).where(
        Outcode.latitude.between(latitude - span, latitude + span),
        Outcode.longitude.between(longitude - 2 * span, longitude + 2 * span),
    )).all()
    if not rows:
        return ""
    # Near enough on this scale: a degree of longitude is about 0.62 of a degree of latitude.
    best = min(rows, key=lambda r: (r[1] - latitude) ** 2 + (0.62 * (r[2] - longitude)) ** 2)
    return best[0]
