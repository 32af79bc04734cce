"""What a report is for: one or more areas (local authorities) and a period of days."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from sqlmodel import Session, select

from ..models import LocalAuthority
from .listed import Listed

DEFAULT_MONTHS = 12
MAX_DAYS = 366 * 5


# What can be wrong with a scope, by rule code: the page and the command say it in these words.
PROBLEMS = {
    "unknown-area": _l("No local authority has the code '%(value)s': use a code such as "
                       "E07000243 (Stevenage)."),
    "not-a-date": _l("'%(value)s' is not a date: write it as 2026-01-31."),
    "backwards": _l("The start of the period must be on or before its end."),
    "too-long": _l("Choose a period of at most 5 years."),
}


class ScopeError(ValueError):
    """An area or date a report was asked for is wrong: a rule code, the field and the value."""

    def __init__(self, code: str, field: str, value: str = ""):
        super().__init__(code)
        self.code, self.field, self.value = code, field, value[:20]

    @property
    def message(self) -> str:
        """Return the problem in words."""
        return str(PROBLEMS[self.code]) % {"value": self.value}


@dataclass(frozen=True)
class Area:
    """A local authority a report covers."""

    code: str
    name: str


@dataclass(frozen=True)
class Period:
    """The days a report counts, both ends included."""

    since: date
    until: date

    def months(self) -> list[str]:
        """Return every month the period touches, as "YYYY-MM", in order."""
        months, year, month = [], self.since.year, self.since.month
        while (year, month) <= (self.until.year, self.until.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


@dataclass(frozen=True)
class Scope:
    """The areas and the period of one report."""

    areas: tuple[Area, ...]
    period: Period

    @property
    def codes(self) -> tuple[str, ...]:
        """Return the areas' codes."""
        return tuple(area.code for area in self.areas)


def served_areas(session: Session, services: list[Listed]) -> list[Area]:
    """Return the areas where a published service has an address or a service area, by name."""
    codes = {code for service in services if not service.national for code in service.areas}
    return _areas(session, codes)


def _areas(session: Session, codes: Iterable[str]) -> list[Area]:
    codes = set(codes)
    if not codes:
        return []
    rows = session.exec(select(LocalAuthority.code, LocalAuthority.name)
                        .where(LocalAuthority.code.in_(codes))).all()
    return sorted((Area(code, name) for code, name in rows), key=lambda a: (a.name, a.code))


def chosen_areas(session: Session, codes: Iterable[str], services: list[Listed]) -> list[Area]:
    """Return the areas asked for (in the order asked), or every served area when none were."""
    wanted = list(dict.fromkeys(code.strip().upper() for code in codes if code.strip()))
    if not wanted:
        return served_areas(session, services)
    found = {area.code: area for area in _areas(session, wanted)}
    unknown = [code for code in wanted if code not in found]
    if unknown:
        raise ScopeError("unknown-area", "area", unknown[0])
    return [found[code] for code in wanted]


def default_period(today: date, months: int = DEFAULT_MONTHS) -> Period:
    """Return the last ``months`` calendar months up to today (this month included)."""
    year, month = divmod(today.year * 12 + today.month - 1 - (months - 1), 12)
    return Period(date(year, month + 1, 1), today)


def read_period(since: str | date | None, until: str | date | None, today: date) -> Period:
    """Read the period from ISO dates (either may be missing); raise ScopeError."""
    default = default_period(today)
    end = _date(until, "until") or today
    start = _date(since, "since") or (default.since if end == today else
                                      default_period(end).since)
    if start > end:
        raise ScopeError("backwards", "since")
    if end - start > timedelta(days=MAX_DAYS):
        raise ScopeError("too-long", "since")
    return Period(start, end)


def _date(value: str | date | None, field: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ScopeError("not-a-date", field, text) from None


def read_scope(session: Session, codes: Iterable[str], since, until, today: date,
               services: list[Listed]) -> Scope:
    """Return the scope asked for; raise ScopeError naming what is wrong."""
    return Scope(tuple(chosen_areas(session, codes, services)), read_period(since, until, today))
