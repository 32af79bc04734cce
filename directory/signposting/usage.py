"""Anonymous counts of signposting for commissioners: aggregates only, added up by day.

A count says "on this day, in this outcode, for this age band, this topic (or grouping, or
service) came up N times". Nothing else is kept: no free text, full postcode, IP or person.
"""

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, select

from ..listings import opening_hours
from ..models import UsageCount
from ..vocabulary import fixed

SIGNPOST = "signpost"  # someone reached the options: topics chosen
SHEET = "sheet"  # someone made a signposting sheet: services and their groupings
KEY = ("day", "event", "outcode", "age_band", "facet", "value")


def today_in_london() -> date:
    """Return today's date in Europe/London time: counts are added up by local day."""
    return datetime.now(opening_hours.LONDON).date()


def signpost_facets(topics: Iterable[str]) -> list[tuple[str, str]]:
    """Return the facets counted when the options are shown: one per topic chosen."""
    return [("topic", code) for code in topics]


def sheet_facets(services) -> list[tuple[str, str]]:
    """Return the facets counted for a sheet: each service on it and each of their groupings."""
    facets = [("service", str(service.id)) for service in services]
    groupings = sorted({code for service in services for code in service.grouping_codes})
    return facets + [("grouping", code) for code in groupings]


def record_usage(session: Session, event: str, outcode: str, age: int | None,
                 facets: Iterable[tuple[str, str]], day: date | None = None) -> None:
    """Add one to the event's total and to each facet's count, in the caller's transaction."""
    rows = [("", ""), *dict.fromkeys(facets)]
    values = [{"day": day or today_in_london(), "event": event[:30], "outcode": outcode[:5],
               "age_band": fixed.age_band(age), "facet": facet[:20], "value": value[:60],
               "count": 1} for facet, value in rows]
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        module = sqlite if dialect == "sqlite" else postgresql
        for row in values:
            statement = module.insert(UsageCount).values(**row)
            session.exec(statement.on_conflict_do_update(
                index_elements=list(KEY), set_={"count": UsageCount.count + 1}))
    else:  # any other database: read then write, still in the one transaction
        for row in values:
            _increment(session, row)
    session.flush()


def _increment(session: Session, row: dict) -> None:
    existing = session.exec(select(UsageCount).where(
        *(getattr(UsageCount, key) == row[key] for key in KEY))).first()
    if existing is None:
        session.add(UsageCount(**row))
    else:
        existing.count += 1


def usage_totals(session: Session, event: str) -> dict[tuple[str, str], int]:
    """Return {(facet, value): count} for an event over all days and places (for reports)."""
    statement = (select(UsageCount.facet, UsageCount.value, func.sum(UsageCount.count))
                 .where(UsageCount.event == event)
                 .group_by(UsageCount.facet, UsageCount.value))
    return {(facet, value): int(total) for facet, value, total in session.exec(statement)}
