"""The search interface the views, the API and signposting use: run_search and its results."""

import math
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from sqlmodel import Session

from directory.geo.distance import miles_between
from directory.geo.gazetteer import GeoPoint, LocationNotFound, find_location
from directory.insights.counting import Asked, count_search
from directory.listings.opening_hours import LONDON, is_open
from directory.models import Location, Service

from .engine.analysis import detect_crisis
from .engine.executor import execute
from .params import SearchParamError, SearchParams
from .result_services import CAPACITY, ResultServices


@dataclass
class SearchHit:
    """One service in the results, loaded from the database with what templates need."""

    service: Service
    score: float
    distance_miles: float | None
    national: bool
    open_now: bool
    location: Location | None


@dataclass
class SearchResults:
    """A page of results, the national section, facet counts and what the words meant."""

    params: SearchParams
    location: GeoPoint | None = None
    crisis: bool = False
    crisis_topics: list[str] = field(default_factory=list)
    total: int = 0
    local: list[SearchHit] = field(default_factory=list)
    local_total: int = 0
    national: list[SearchHit] = field(default_factory=list)
    national_total: int = 0
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    topics: list[str] = field(default_factory=list)
    page: int = 1
    pages: int = 1


def live_index(app):
    """Return this application's live index (created by init_app)."""
    from .engine.segment_cache import LiveIndex

    live = app.extensions.get("directory.search")
    if live is None:
        live = app.extensions["directory.search"] = LiveIndex(app.config["INDEX_PATH"])
    return live


def run_search(
    session: Session, params: SearchParams, now: datetime | None = None, *,
    count: bool = True, asked: Asked | None = None,
) -> SearchResults:
    """Search the directory; raise SearchParamError(location_not_found) for an unknown place.

    The first page of a search someone asked for is counted anonymously (``insights.counting``:
    codes only, in a write of its own that never fails the search); ``count=False`` for a
    search nobody typed (a fallback list, a feed, a benchmark), ``asked`` for what the asker
    said beyond the words (the signposting flow's ticked topics and risk answer).
    """
    app = session.info.get("app") or current_app._get_current_object()
    point = None
    if params.location:
        try:
            point = find_location(session, params.location)
        except LocationNotFound as error:
            raise SearchParamError("location_not_found", str(error), "location") from None
    now = (now or datetime.now(LONDON)).astimezone(LONDON)
    live = live_index(app)
    with live.lock:
        view = live.view()
        plan = execute(view, params, point, now)
        local = [(view.sid(d), score) for d, score, _ in plan.local]
        factors = {view.sid(d): factor for d, factor in plan.factors.items()}
        national = [(view.sid(d), score) for d, score in plan.national]
    crisis_topics = detect_crisis(params.q, corrected=plan.suggestion)
    results = SearchResults(
        params=params, location=point, crisis=bool(crisis_topics), crisis_topics=crisis_topics,
        total=plan.local_total + plan.national_total, local_total=plan.local_total,
        national_total=plan.national_total, facets=plan.facets, suggestion=plan.suggestion,
        topics=plan.topics, page=params.page,
        pages=max(1, math.ceil(plan.local_total / params.per_page)),
    )
    rows = result_services(app).load(session, [sid for sid, _ in local + national])
    results.local = [_hit(rows[sid], score, point, now, False)
                     for sid, score in local if sid in rows]
    results.national = [_hit(rows[sid], score, point, now, True)
                        for sid, score in national if sid in rows]
    if point is not None and not params.has_words:  # exact distances settle near-ties
        half = params.radius / 2
        results.local.sort(key=lambda hit: (  # a penalised listing as if further, as ranked
            half if hit.distance_miles is None else hit.distance_miles)
            / factors.get(hit.service.id, 1.0))
    if count and params.page == 1:  # a later page of the same search is not another search
        count_search(app, results, asked or Asked(), now.date())
    return results


def result_services(app) -> ResultServices:
    """Return this process's kept result services for ``app`` (see ``result_services``)."""
    kept = app.extensions.get("directory.result_services")
    if kept is None:
        kept = app.extensions["directory.result_services"] = ResultServices(
            capacity=app.config.get("SEARCH_KEPT_SERVICES", CAPACITY))
    return kept


def _hit(service: Service, score: float, point, now: datetime, national: bool) -> SearchHit:
    located = [loc for loc in service.locations if loc.latitude is not None]
    nearest, miles = (located[0] if located else None), None
    if point is not None and located and not national:
        miles, nearest = min(
            ((miles_between(point.latitude, point.longitude, loc.latitude, loc.longitude), loc)
             for loc in located), key=lambda pair: pair[0])
    return SearchHit(
        service=service, score=score, distance_miles=miles, national=national,
        open_now=service.status == "active" and is_open(service.schedules, now),
        location=nearest,
    )
