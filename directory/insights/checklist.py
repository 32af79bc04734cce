"""The THRIVE checklist: for each implementation-plan item the directory can evidence, the
figures that evidence it (the i-THRIVE plan asks each locality to show these are in place).

Figures about people (searches, visits, sheets) are suppressed; figures about services are not.
"""

from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l

from ..listings import freshness
from .demand import Demand
from .listed import Listed
from .provision import BANDS, Provision
from .scope import Scope
from .suppression import Published, suppress


@dataclass(frozen=True)
class Figure:
    """One figure of evidence: what it is and its value (a number, "<5" or "x of y")."""

    label: object
    value: Published


@dataclass(frozen=True)
class Item:
    """One implementation-plan item, whether the directory shows evidence of it, and how."""

    code: str
    title: object
    in_place: bool
    figures: tuple[Figure, ...]


def _of(part: int, whole: int) -> str:
    return str(_l("%(part)d of %(whole)d")) % {"part": part, "whole": whole}


def _local(services: list[Listed], scope: Scope) -> list[Listed]:
    codes = set(scope.codes)
    return [s for s in services if not s.national and codes & s.areas]


def _areas_with(provision: Provision, dimension: str, codes: tuple[str, ...],
                every_band: bool = False) -> int:
    """Return how many areas have a local service in one of ``codes`` (in every age band)."""
    found = 0
    for area in provision.areas:
        cells = area.maps[dimension]
        if every_band:
            found += all(any(cells.count(code, band) for code in codes) for band in BANDS)
        else:
            found += any(cells.totals.get(code) for code in codes)
    return found


def checklist(services: list[Listed], provision: Provision, demand: Demand, scope: Scope,
              today: date, languages: int) -> list[Item]:
    """Return the evidence for each item, in the implementation plan's order."""
    local = _local(services, scope)
    national = [s for s in services if s.national]
    areas = len(provision.areas)
    return [
        _database(local, national, provision, areas, today),
        _front_end(local, national, demand, languages),
        _self_help(local, national, provision, areas),
        _wellbeing(local, provision, areas),
        _prevention(local, provision, areas),
        _risk(local, national, demand, provision, areas),
    ]


def _database(local, national, provision: Provision, areas: int, today: date) -> Item:
    every = local + national
    cells = [area.maps["grouping"] for area in provision.areas]
    covered = sum(len(m.rows) * len(BANDS) - len(m.gaps()) for m in cells)
    total = sum(len(m.rows) * len(BANDS) for m in cells)
    all_five = sum(all(m.totals.get(code) for code, _ in m.rows) for m in cells)
    fresh = sum(s.assured_date is not None and s.assured_date >= freshness.stale_cutoff(today)
                for s in every)
    share = f"{round(100 * fresh / len(every))}%" if every else "–"
    return Item("database", _l("A digitally enabled database of the full range of community "
                               "providers, operational"), bool(local), (
        Figure(_l("Published local services in these areas"), len(local)),
        Figure(_l("Published national services (helplines, apps, online)"), len(national)),
        Figure(_l("Organisations with a published service"),
               len({s.organisation_id for s in every})),
        Figure(_l("Grouping × age band cells with a local service"), _of(covered, total)),
        Figure(_l("Areas with a local service in all five groupings"), _of(all_five, areas)),
        Figure(_l("Listings confirmed by their provider in the last 12 months"), share),
    ))


def _front_end(local, national, demand: Demand, languages: int) -> Item:
    reached = demand.total.searches + demand.total.visits
    return Item("front-end", _l("A digital front end for children, young people and families"),
                reached > 0, (
        Figure(_l("Searches in these areas"), suppress(demand.total.searches)),
        Figure(_l("Visits to the signposting options"), suppress(demand.total.visits)),
        Figure(_l("Signposting sheets made"), suppress(demand.total.sheets)),
        Figure(_l("Languages the site speaks"), languages),
        Figure(_l("Services young people can contact themselves"),
               sum(s.self_referral for s in local + national)),
    ))


def _self_help(local, national, provision: Provision, areas: int) -> Item:
    kinds = ("self-help", "peer-support")
    offered = [s for s in local if s.support_types & set(kinds)]
    remote = [s for s in national if s.support_types & set(kinds)]
    return Item("self-help", _l("A self-help and peer support offer"), bool(offered or remote), (
        Figure(_l("Local services offering self-help"),
               sum("self-help" in s.support_types for s in local)),
        Figure(_l("Local services offering peer support"),
               sum("peer-support" in s.support_types for s in local)),
        Figure(_l("National self-help or peer support services"), len(remote)),
        Figure(_l("Areas with local self-help or peer support"),
               _of(_areas_with(provision, "support", kinds), areas)),
        Figure(_l("Areas with it locally for every age band"),
               _of(_areas_with(provision, "support", kinds, every_band=True), areas)),
    ))


def _wellbeing(local, provision: Provision, areas: int) -> Item:
    thriving = [s for s in local if "thriving" in s.groupings]
    return Item("wellbeing", _l("A population health and wellbeing offer for all"),
                bool(thriving), (
        Figure(_l("Local services in Thriving"), len(thriving)),
        Figure(_l("Areas with a Thriving service"),
               _of(_areas_with(provision, "grouping", ("thriving",)), areas)),
        Figure(_l("Areas with a Thriving service for every age band"),
               _of(_areas_with(provision, "grouping", ("thriving",), every_band=True), areas)),
    ))


def _prevention(local, provision: Provision, areas: int) -> Item:
    early = ("getting-advice", "getting-help")
    topic_maps = [area.maps["topic"] for area in provision.areas]
    topics = len(topic_maps[0].rows) if topic_maps else 0
    everywhere = sum(all(m.totals.get(code) for m in topic_maps)
                     for code, _ in (topic_maps[0].rows if topic_maps else ()))
    return Item("prevention", _l("A targeted prevention and resilience offer"),
                any(s.groupings & set(early) for s in local), (
        Figure(_l("Local services in Getting Advice and Signposting"),
               sum("getting-advice" in s.groupings for s in local)),
        Figure(_l("Local services in Getting Help"),
               sum("getting-help" in s.groupings for s in local)),
        Figure(_l("Areas with local advice or help"),
               _of(_areas_with(provision, "grouping", early), areas)),
        Figure(_l("Topics with a local service in every area"), _of(everywhere, topics)),
    ))


def _risk(local, national, demand: Demand, provision: Provision, areas: int) -> Item:
    risk = [s for s in local if "getting-risk-support" in s.groupings]
    lines = [s for s in national if "getting-risk-support" in s.groupings]
    return Item("risk", _l("Multi-agency support for young people at risk"),
                bool(risk or lines), (
        Figure(_l("Local services in Getting Risk Support"), len(risk)),
        Figure(_l("Areas with local risk support"),
               _of(_areas_with(provision, "grouping", ("getting-risk-support",)), areas)),
        Figure(_l("National crisis and risk services"), len(lines)),
        Figure(_l("Searches that showed crisis help first"), suppress(demand.total.crisis)),
    ))
