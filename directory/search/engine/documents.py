"""Read services from the database in bulk and turn them into index documents."""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from directory.models import (
    LISTED,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceGrouping,
    ServiceTerm,
    TaxonomyTerm,
)

from . import cells
from .analysis import fold, index_terms
from .schema import DOC, pack_points

CHUNK = 2000
# Each name word also gets an ``n:<stem>`` term, so "in the name" is known exactly (a word in
# the topics, summary and description together can weigh as much as one in the name).
BOOSTS = {"name": 8.0, "topics": 3.0, "summary": 2.0, "description": 1.0}


@dataclass
class ServiceRow:
    """Everything the index needs to know about one service."""

    id: int
    version: int
    status: str
    name: str
    summary: str
    description: str
    organisation: str
    minimum_age: int
    maximum_age: int
    self_referral: bool
    delivery_modes: list
    audience: list
    cost: str
    national: bool
    service_areas: list
    assured_date: date | None = None
    groupings: list = field(default_factory=list)
    terms: list = field(default_factory=list)  # (code, name, kind)
    places: list = field(default_factory=list)  # (latitude, longitude, town)
    openings: list = field(default_factory=list)  # (weekday, opens_at, closes_at)

    @property
    def listed(self) -> bool:
        """Say whether the service belongs in the index."""
        return self.status in LISTED


_SERVICE_COLUMNS = (
    Service.id, Service.version, Service.status, Service.name, Service.summary,
    Service.description, Organisation.name, Service.minimum_age, Service.maximum_age,
    Service.self_referral, Service.delivery_modes, Service.audience, Service.cost,
    Service.national,
    Service.service_areas, Service.assured_date,
)


def load_rows(session: Session, ids) -> list[ServiceRow]:
    """Load the services with these ids (any status) with their groupings, terms, places, hours."""
    rows: list[ServiceRow] = []
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        rows.extend(_load_chunk(session, ids[start:start + CHUNK]))
    return rows


def _load_chunk(session: Session, ids: list[int]) -> list[ServiceRow]:
    statement = select(*_SERVICE_COLUMNS).join(
        Organisation, Organisation.id == Service.organisation_id).where(Service.id.in_(ids))
    rows = {r[0]: ServiceRow(*r) for r in session.execute(statement)}
    for sid, code in session.execute(
            select(ServiceGrouping.service_id, ServiceGrouping.grouping_code)
            .where(ServiceGrouping.service_id.in_(ids))):
        rows[sid].groupings.append(code)
    for sid, code, name, kind in session.execute(
            select(ServiceTerm.service_id, TaxonomyTerm.code, TaxonomyTerm.name, TaxonomyTerm.kind)
            .join(TaxonomyTerm, TaxonomyTerm.id == ServiceTerm.term_id)
            .where(ServiceTerm.service_id.in_(ids))):
        rows[sid].terms.append((code, name, kind))
    for sid, lat, lon, town in session.execute(
            select(ServiceAtLocation.service_id, Location.latitude, Location.longitude,
                   Location.town)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .where(ServiceAtLocation.service_id.in_(ids)).order_by(ServiceAtLocation.id)):
        rows[sid].places.append((lat, lon, town or ""))
    for sid, day, opens, closes in session.execute(
            select(Schedule.service_id, Schedule.weekday, Schedule.opens_at, Schedule.closes_at)
            .where(Schedule.service_id.in_(ids))):
        rows[sid].openings.append((day, opens, closes))
    return [rows[i] for i in ids if i in rows]


def listed_versions(session: Session) -> dict[int, int]:
    """Return {service id: version} for every service that should be in the index."""
    statement = select(Service.id, Service.version).where(Service.status.in_(LISTED))
    return dict(session.execute(statement).all())


def schedule_term(openings) -> str:
    """Encode a weekly schedule as one keyword term, e.g. ``h:009001700,109001700``."""
    parts = sorted(f"{d}{o.replace(':', '')}{c.replace(':', '')}" for d, o, c in openings)
    return "h:" + ",".join(dict.fromkeys(parts))


def schedule_from_term(term: str) -> list[tuple[int, str, str]]:
    """Decode a schedule term back into (weekday, opens, closes) triples."""
    return [(int(p[0]), f"{p[1:3]}:{p[3:5]}", f"{p[5:7]}:{p[7:9]}")
            for p in term[2:].split(",") if len(p) == 9]


def kind_of(row: ServiceRow) -> str:
    """Say how a service is found by place: national, at an address, or covering an area."""
    if row.national:
        return "national"
    return "address" if _points(row) else "area"


def _points(row: ServiceRow) -> list[tuple[float, float]]:
    return [(lat, lon) for lat, lon, _ in row.places if lat is not None and lon is not None]


def facet_terms(row: ServiceRow) -> list[str]:
    """Return the keyword terms that filters and facets use."""
    kind = kind_of(row)
    terms = [f"g:{code}" for code in row.groupings]
    terms += [f"amin:{row.minimum_age}", f"amax:{row.maximum_age}", f"cost:{row.cost}",
              f"kind:{kind}"]
    terms += [f"d:{mode}" for mode in row.delivery_modes]
    terms += [f"aud:{who}" for who in row.audience]
    if row.self_referral:
        terms.append("self:1")
    if kind == "area":
        terms += [f"area:{code}" for code in row.service_areas]
    elif kind == "address":
        points = _points(row)
        for lat, lon in points:
            terms += cells.point_terms(lat, lon)
        if len(points) > 1:
            terms.append("multi:1")
    if row.openings and row.status == "active":
        terms.append(schedule_term(row.openings))
    terms += freshness_terms(row.assured_date)
    return terms


def freshness_terms(assured: date | None) -> list[str]:
    """Return the terms that tell when a listing was last confirmed (year, month and day)."""
    if assured is None:
        return ["assured:never"]
    return [f"assured:{assured:%Y}", f"assured:{assured:%Y-%m}", f"assured:{assured:%Y-%m-%d}"]


def topic_terms(terms) -> dict[str, tuple[int, float]]:
    """Return a ``t:<code>`` term per topic or support type, weighted by how focused it is.

    A service with one topic gets 1.0 for it; one with many gets less for each
    (``2 / (1 + sqrt(n))``), so dedicated services come before broad ones.
    """
    counts: dict[str, int] = {}
    for _, _, kind in terms:
        counts[kind] = counts.get(kind, 0) + 1
    return {f"t:{code}": (1, 2 / (1 + counts[kind] ** 0.5)) for code, _, kind in terms}


def name_terms(name: str) -> dict[str, tuple[int, float]]:
    """Return an ``n:<stem>`` term for each word of a service's name."""
    return {f"n:{stem}": (1, 1.0) for stem in index_terms(((name, 1.0),))}


def document(row: ServiceRow) -> dict:
    """Return the index document of a listed service."""
    points = _points(row) if kind_of(row) == "address" else []
    lat, lon = points[0] if points else (0.0, 0.0)
    towns = " ".join(dict.fromkeys(town for _, _, town in row.places if town))
    text = index_terms((
        (row.name, BOOSTS["name"]),
        (" ".join(name for _, name, _ in row.terms), BOOSTS["topics"]),
        (row.summary, BOOSTS["summary"]),
        (row.description, BOOSTS["description"]),
        (f"{row.organisation} {towns}", BOOSTS["description"]),
    ))
    text.update(topic_terms(row.terms))
    text.update(name_terms(row.name))
    return {
        "id": str(row.id),
        "text": text,
        "facet": facet_terms(row),
        "doc": DOC.pack(row.id, row.version, lat, lon),
        "more": pack_points(points[1:]),
        "name": fold(row.name)[:80].encode(),
    }

