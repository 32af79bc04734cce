"""Weekly opening hours: parse the text form, format it back, and answer "open now"."""

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_INDEX = {d.lower(): i for i, d in enumerate(DAYS)}
_RANGE = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


@dataclass(frozen=True)
class Opening:
    weekday: int
    opens_at: str
    closes_at: str


class OpeningHoursError(ValueError):
    """The opening hours text could not be understood."""


def parse(text: str) -> list[Opening]:
    """Parse ``Mon-Fri 09:00-17:00; Sat 10:00-13:00`` or ``24/7`` into openings."""
    text = (text or "").strip()
    if not text:
        return []
    if text.lower() in {"24/7", "24 hours", "24hrs"}:
        return [Opening(d, "00:00", "24:00") for d in range(7)]
    openings: list[Opening] = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        days_text, _, times_text = part.partition(" ")
        if not times_text.strip():
            raise OpeningHoursError(f"'{part}' needs days and times, e.g. 'Mon-Fri 09:00-17:00'")
        for day in _days(days_text):
            for opens, closes in _times(times_text):
                openings.extend(_split_overnight(day, opens, closes))
    return sorted(set(openings), key=lambda o: (o.weekday, o.opens_at))


def _days(text: str) -> list[int]:
    days: list[int] = []
    for chunk in text.split(","):
        first, _, last = chunk.strip().partition("-")
        try:
            start = _DAY_INDEX[first.lower()[:3]]
            end = _DAY_INDEX[last.lower()[:3]] if last else start
        except KeyError:
            raise OpeningHoursError(
                f"'{chunk.strip()}' is not a day (use Mon, Tue … Sun)"
            ) from None
        span = (end - start) % 7
        days.extend((start + i) % 7 for i in range(span + 1))
    return days


def _times(text: str) -> list[tuple[str, str]]:
    ranges = []
    for chunk in text.replace(" ", "").split(","):
        match = _RANGE.match(chunk)
        if not match:
            raise OpeningHoursError(f"'{chunk}' is not a time range like 09:00-17:00")
        h1, m1, h2, m2 = (int(x) for x in match.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
            raise OpeningHoursError(f"'{chunk}' has an impossible time")
        opens, closes = f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"
        if opens == closes:
            raise OpeningHoursError(f"'{chunk}' opens and closes at the same time")
        ranges.append((opens, closes))
    return ranges


def _split_overnight(day: int, opens: str, closes: str) -> list[Opening]:
    if closes > opens:
        return [Opening(day, opens, closes)]
    # e.g. 18:00-02:00: the evening on this day and the small hours of the next.
    tail = [Opening((day + 1) % 7, "00:00", closes)] if closes != "00:00" else []
    return [Opening(day, opens, "24:00"), *tail]


def format_openings(openings) -> str:
    """Format openings back into the text form, joining runs of days with equal hours."""
    if not openings:
        return ""
    by_day: dict[int, tuple] = {}
    for o in openings:
        by_day.setdefault(o.weekday, ())
        by_day[o.weekday] += ((o.opens_at, o.closes_at),)
    if len(by_day) == 7 and all(v == (("00:00", "24:00"),) for v in by_day.values()):
        return "24/7"
    parts, days = [], sorted(by_day)
    i = 0
    while i < len(days):
        j = i
        while (
            j + 1 < len(days)
            and days[j + 1] == days[j] + 1
            and by_day[days[j + 1]] == by_day[days[i]]
        ):
            j += 1
        label = DAYS[days[i]] if i == j else f"{DAYS[days[i]]}-{DAYS[days[j]]}"
        times = ",".join(f"{a}-{b}" for a, b in by_day[days[i]])
        parts.append(f"{label} {times}")
        i = j + 1
    return "; ".join(parts)


def is_open(openings, now: datetime | None = None) -> bool:
    """Say whether any opening covers this moment in Europe/London time."""
    local = (now or datetime.now(LONDON)).astimezone(LONDON)
    clock = local.strftime("%H:%M")
    return any(o.weekday == local.weekday() and o.opens_at <= clock < o.closes_at for o in openings)
