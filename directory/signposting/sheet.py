"""The signposting sheet: which services, its links (full, short, QR code) and what it says.

The sheet's link holds only service ids and a language: no place, age or words about anyone.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

import segno
from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from sqlmodel import Session

from ..listings import facts
from ..models import Service
from ..web.languages import by_code

MAX_SERVICES = 4
_ID = r"[1-9][0-9]{0,9}"
_IDS = re.compile(rf"{_ID}(?:[,-]{_ID})*")

# "While you wait": self-help for anyone, whatever the options chosen.
WHILE_YOU_WAIT = (
    _l("Keep doing small things that usually help: time outside, moving about, music, "
       "a favourite show, seeing a friend."),
    _l("Try to keep to regular sleep and meals, even when it's hard."),
    _l("Talk to someone you trust about how you feel: a friend, family member, teacher or youth "
       "worker."),
    _l("Write down what's been happening and what helps, to take with you when you get in touch."),
    _l("If things get worse, or you feel unsafe, use the crisis numbers on this sheet straight "
       "away: you don't have to wait."),
)


class SheetError(ValueError):
    """The sheet's list of services cannot be read; ``code`` says why (for the page and tests)."""

    def __init__(self, code: str, status: int = 400):
        super().__init__(code)
        self.code = code
        self.status = status


def parse_ids(values: str | Sequence[str]) -> list[int]:
    """Read 1 to 4 service ids from "12,45,7", "12-45-7" or repeated values; raise SheetError."""
    if isinstance(values, str):
        values = [values]
    values = ["".join((value or "").split()) for value in values]
    values = [value for value in values if value]
    if not values:
        raise SheetError("no-services")
    if not all(_IDS.fullmatch(value) for value in values):
        raise SheetError("bad-services")
    ids = list(dict.fromkeys(int(part) for value in values for part in re.split("[,-]", value)))
    if len(ids) > MAX_SERVICES:
        raise SheetError("too-many-services")
    return ids


def load_services(session: Session, ids: Sequence[int]) -> list[Service]:
    """Return the listed services in the order given; raise SheetError (404) if any is gone."""
    services = [session.get(Service, service_id) for service_id in ids]
    if not all(facts.is_listed(service) for service in services):
        raise SheetError("unknown-services", 404)
    return services


def sheet_language(value: str | None, fallback: str) -> str:
    """Return a supported language code for the sheet."""
    return value if by_code(value) else fallback


def site_url() -> str:
    """Return the site's public address without a trailing slash."""
    return current_app.config["SITE_URL"].rstrip("/")


def sheet_path(ids: Sequence[int], lang: str) -> str:
    """Return the sheet's path and query: /signpost/sheet?services=12,45&lang=ur."""
    return url_for("signpost.sheet", services=",".join(map(str, ids)), lang=lang)


def sheet_url(ids: Sequence[int], lang: str) -> str:
    """Return the sheet's full address: the QR code and the copied link point here."""
    return site_url() + sheet_path(ids, lang)


def short_url(ids: Sequence[int], lang: str) -> str:
    """Return the short link that leads to the sheet, easy to type from paper: /s/12-45?l=ur."""
    return site_url() + url_for("signpost_links.short", ids="-".join(map(str, ids)), l=lang)


def qr_data_uri(url: str) -> str:
    """Return a QR code for the address as an SVG data: URI (no request leaves the page)."""
    return segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=4)


@dataclass(frozen=True)
class OpeningRun:
    """Days in a row with the same hours (first and last weekday, 0 = Monday)."""

    first: int
    last: int
    times: tuple[tuple[str, str], ...]


def opening_runs(service: Service) -> list[OpeningRun]:
    """Group a service's weekly hours into runs of days with equal hours, for a short summary."""
    runs: list[OpeningRun] = []
    for day, times in facts.weekly_hours(service):
        if not times:
            continue
        key = tuple(times)
        if runs and runs[-1].last == day - 1 and runs[-1].times == key:
            runs[-1] = OpeningRun(runs[-1].first, day, key)
        else:
            runs.append(OpeningRun(day, day, key))
    return runs


def website_label(url: str) -> str:
    """Return a website address short enough to copy from paper (no scheme, no trailing /)."""
    return re.sub(r"^https?://(www\.)?", "", url or "").rstrip("/")
