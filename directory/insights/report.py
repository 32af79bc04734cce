"""One report for the steering group: provision, demand, data health and the THRIVE checklist
for some areas over a period, and the JSON ``directory insights --json`` prints."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from ..listings.freshness import today_in_london
from .checklist import Item, checklist
from .demand import Demand, demand
from .health import HealthRow, data_health
from .listed import published_services, term_names, topic_rows
from .provision import BANDS, Provision, provision
from .scope import Area, Scope, read_scope, served_areas
from .suppression import suppress


@dataclass(frozen=True)
class Report:
    """Every figure of one report (people counted raw: tables and JSON suppress them)."""

    scope: Scope
    today: date
    provision: Provision
    demand: Demand
    health: list[HealthRow]
    checklist: list[Item]
    topic_names: dict[str, str]
    choices: tuple[Area, ...]  # the areas one could ask for: those served, and those asked


def build_report(session: Session, codes: Iterable[str] = (), since=None, until=None,
                 today: date | None = None, languages: int = 1) -> Report:
    """Build the report for the areas (default: every area with a service) and the period
    (default: the last 12 months); raise ScopeError for an unknown area or a bad date."""
    today = today or today_in_london()
    services = published_services(session)
    scope = read_scope(session, codes, since, until, today, services)
    names = term_names(session, "topic")
    provided = provision(services, scope.areas, topic_rows(session, services))
    wanted = demand(session, scope)
    choices = {area.code: area for area in (*served_areas(session, services), *scope.areas)}
    return Report(scope, today, provided, wanted, data_health(services, scope, today),
                  checklist(services, provided, wanted, scope, today, languages), names,
                  tuple(sorted(choices.values(), key=lambda a: (a.name, a.code))))


def as_json(report: Report) -> dict:
    """Return the report's main figures as one JSON object (people counts suppressed)."""
    total = report.demand.total
    return {
        "areas": [{"code": a.code, "name": a.name} for a in report.scope.areas],
        "period": {"since": report.scope.period.since.isoformat(),
                   "until": report.scope.period.until.isoformat()},
        "coverage": [
            {"area": area.area.code, "grouping": code, "age_band": band,
             "services": area.maps["grouping"].count(code, band)}
            for area in report.provision.areas
            for code, _ in area.maps["grouping"].rows for band in BANDS
        ],
        "national": [
            {"grouping": code, "age_band": band,
             "services": report.provision.national["grouping"].count(code, band)}
            for code, _ in report.provision.national["grouping"].rows for band in BANDS
        ],
        "unmet": [{"area": u.area, "topic": u.topic, "age_band": u.age_band or "any",
                   "searches": suppress(u.searches)} for u in report.demand.unmet],
        "searches": {"total": suppress(total.searches), "crisis": suppress(total.crisis),
                     "zero_local": suppress(total.zero_local)},
        "signposting": {"sheets": suppress(total.sheets), "visits": suppress(total.visits)},
    }


def headline(report: Report) -> dict:
    """Return the few figures the page starts with (people counts suppressed)."""
    total = report.demand.total
    return {
        "local_services": report.provision.local_services,
        "national_services": report.provision.national_services,
        "grouping_gaps": sum(len(area.maps["grouping"].gaps()) for area in report.provision.areas),
        "searches": suppress(total.searches),
        "zero_local": suppress(total.zero_local),
        "sheets": suppress(total.sheets),
    }
