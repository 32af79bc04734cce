"""Demand: searches and signposting by area, topic, grouping, age band and month, and the
unmet needs — the topics and ages whose searches in an area found no local service.

Counts here are raw; whatever shows or exports them passes them through ``suppression``.
Searches come from ``search_count``; signposting from ``usage_count`` (visits to the options
and sheets made), whose outcodes are placed in the local authority the gazetteer gives them.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func
from sqlmodel import Session, select

from ..models import Outcode, SearchCount, UsageCount
from .provision import BANDS
from .scope import Scope
from .suppression import rank_key

NO_PLACE = ""  # searches without a place (or one no local authority was found for)
ELSEWHERE = "*"  # searches in areas outside the report


@dataclass
class Tally:
    """Searches (with those that showed crisis help or found nothing local), signposting visits
    and signposting sheets."""

    searches: int = 0
    crisis: int = 0
    zero_local: int = 0
    visits: int = 0
    sheets: int = 0

    def add(self, other: "Tally") -> None:
        """Add another tally to this one."""
        for name in ("searches", "crisis", "zero_local", "visits", "sheets"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Unmet:
    """Searches in an area, about a topic, for an age band, that found no local service."""

    area: str
    topic: str
    age_band: str  # "" when no age was given
    searches: int


@dataclass
class Demand:
    """Every demand figure of a report (raw counts)."""

    total: Tally
    by_area: dict[str, Tally]  # area code, ELSEWHERE or NO_PLACE -> tally
    by_month: dict[str, Tally]  # "YYYY-MM" -> tally (selected areas)
    by_topic: dict[str, Tally]
    by_grouping: dict[str, Tally]
    by_age: dict[str, Tally]
    unmet: list[Unmet] = field(default_factory=list)


def demand(session: Session, scope: Scope) -> Demand:
    """Add up the searches and signposting of the scope's areas over its period."""
    result = Demand(Tally(), {}, {m: Tally() for m in scope.period.months()}, {}, {}, {})
    codes = set(scope.codes)
    for code in (*scope.codes, ELSEWHERE, NO_PLACE):
        result.by_area[code] = Tally()
    for (la_code, day, band, facet, value), tally in _searches(session, scope).items():
        _file(result, codes, la_code, day, band, facet, value, tally)
    for (la_code, day, band, facet, value), tally in _signposting(session, scope).items():
        _file(result, codes, la_code, day, band, facet, value, tally)
    result.unmet = unmet_needs(session, scope)
    return result


def _file(result: Demand, codes: set[str], la_code: str, day: date, band: str, facet: str,
          value: str, tally: Tally) -> None:
    """Put one aggregate where it counts: its area always, the breakdowns when in scope."""
    if not facet:
        area = la_code if la_code in codes else (NO_PLACE if not la_code else ELSEWHERE)
        result.by_area[area].add(tally)
    if la_code not in codes:
        return
    if not facet:
        result.total.add(tally)
        result.by_month.setdefault(day.strftime("%Y-%m"), Tally()).add(tally)
        result.by_age.setdefault(band, Tally()).add(tally)
    elif facet == "topic":
        result.by_topic.setdefault(value, Tally()).add(tally)
    elif facet == "grouping":
        result.by_grouping.setdefault(value, Tally()).add(tally)


def _in_period(column, scope: Scope):
    return column.between(scope.period.since, scope.period.until)


def _searches(session: Session, scope: Scope) -> dict[tuple, Tally]:
    """Return search tallies by (area, day, age band, facet, value)."""
    count = SearchCount.count
    statement = (select(SearchCount.la_code, SearchCount.day, SearchCount.age_band,
                        SearchCount.facet, SearchCount.value, func.sum(count),
                        func.sum(case((SearchCount.crisis, count), else_=0)),
                        func.sum(case((SearchCount.local_results == "0", count), else_=0)))
                 .where(_in_period(SearchCount.day, scope))
                 .group_by(SearchCount.la_code, SearchCount.day, SearchCount.age_band,
                           SearchCount.facet, SearchCount.value))
    return {(la, day, band, facet, value): Tally(int(total), int(crisis), int(zero))
            for la, day, band, facet, value, total, crisis, zero in session.exec(statement)}


def _signposting(session: Session, scope: Scope) -> dict[tuple, Tally]:
    """Return signposting tallies (visits to the options, sheets) by the same key."""
    count = UsageCount.count
    statement = (select(Outcode.la_code, UsageCount.day, UsageCount.age_band, UsageCount.facet,
                        UsageCount.value,
                        func.sum(case((UsageCount.event == "signpost", count), else_=0)),
                        func.sum(case((UsageCount.event == "sheet", count), else_=0)))
                 .join(Outcode, Outcode.outcode == UsageCount.outcode, isouter=True)
                 .where(_in_period(UsageCount.day, scope),
                        UsageCount.event.in_(("signpost", "sheet")),
                        UsageCount.facet.in_(("", "topic", "grouping")))
                 .group_by(Outcode.la_code, UsageCount.day, UsageCount.age_band,
                           UsageCount.facet, UsageCount.value))
    tallies: dict[tuple, Tally] = defaultdict(Tally)
    for la, day, band, facet, value, visits, sheets in session.exec(statement):
        tallies[(la or "", day, band, facet, value)].add(
            Tally(visits=int(visits), sheets=int(sheets)))
    return tallies


def unmet_needs(session: Session, scope: Scope) -> list[Unmet]:
    """Return the (area, topic, age band) whose searches found no local service, most first."""
    statement = (select(SearchCount.la_code, SearchCount.value, SearchCount.age_band,
                        func.sum(SearchCount.count))
                 .where(_in_period(SearchCount.day, scope), SearchCount.facet == "topic",
                        SearchCount.local_results == "0",
                        SearchCount.la_code.in_(scope.codes))
                 .group_by(SearchCount.la_code, SearchCount.value, SearchCount.age_band))
    found = [Unmet(la, topic, band, int(total)) for la, topic, band, total
             in session.exec(statement)]
    order = {code: i for i, code in enumerate(scope.codes)}
    return sorted(found, key=lambda u: (-rank_key(u.searches), order[u.area], u.topic,
                                        _band_order(u.age_band)))


def _band_order(band: str) -> int:
    return BANDS.index(band) if band in BANDS else len(BANDS)
