"""Services at locations for the feed: the same filters, and near a postcode when asked."""

from dataclasses import dataclass

from sqlalchemy import func, or_
from sqlmodel import Session, select

from ..geo.distance import bounding_box, miles_between
from ..geo.gazetteer import LocationNotFound, find_location
from ..models import Location, Service, ServiceAtLocation
from ..search import LISTED
from .params import FeedParamError, PageRequest, ServiceFilters
from .queries import json_holds, load_services, searched_ids, service_conditions

METRES_PER_MILE = 1609.344


@dataclass
class Placed:
    """One service at one location, as a page shows it."""

    link_id: str
    service: Service
    location: Location


def place_page(session: Session, filters: ServiceFilters, vocabulary, page: PageRequest,
               postcode: str = "", metres: float | None = None) -> tuple[list[Placed], int]:
    """Return a page of services at locations (nearest first near a postcode) and the total."""
    statement = (select(ServiceAtLocation.oruk_id, ServiceAtLocation.service_id, Location.id,
                        Location.latitude, Location.longitude)
                 .join(Location, Location.id == ServiceAtLocation.location_id)
                 .join(Service, Service.id == ServiceAtLocation.service_id)
                 .where(*service_conditions(filters, vocabulary), Service.status.in_(LISTED)))
    if filters.search:
        statement = statement.where(Service.id.in_(searched_ids(session, filters.search)))
    if postcode:
        rows = _near(session, statement, postcode, metres)
        total, chosen = len(rows), rows[page.offset:page.offset + page.per_page]
    else:
        total = session.exec(select(func.count()).select_from(statement.subquery())).one()
        chosen = [] if page.offset >= total else session.exec(
            statement.order_by(Service.name, Location.id).offset(page.offset)
            .limit(page.per_page)).all()
    services = {s.id: s for s in load_services(session, sorted({row[1] for row in chosen}))}
    placed = []
    for link_id, service_id, location_id, *_ in chosen:
        service = services[service_id]
        location = next(loc for loc in service.locations if loc.id == location_id)
        placed.append(Placed(link_id, service, location))
    return placed, total


def _near(session: Session, statement, postcode: str, metres: float | None) -> list:
    try:
        point = find_location(session, postcode)
    except LocationNotFound as error:
        raise FeedParamError("postcode", str(error), "location_not_found") from None
    if metres is not None:
        box = bounding_box(point.latitude, point.longitude, metres / METRES_PER_MILE)
        statement = statement.where(Location.latitude.between(box.min_lat, box.max_lat),
                                    Location.longitude.between(box.min_lon, box.max_lon))
    elif point.la_code:  # no distance given: the places in, or serving, the postcode's council
        statement = statement.where(or_(Location.la_code == point.la_code,
                                        json_holds(Service.service_areas, point.la_code)))
    measured = []
    for row in session.exec(statement).all():
        if row[3] is None or row[4] is None:
            continue
        distance = miles_between(point.latitude, point.longitude, row[3], row[4]) * METRES_PER_MILE
        if metres is None or distance <= metres:
            measured.append((distance, row))
    measured.sort(key=lambda pair: (pair[0], pair[1][0]))
    return [row for _, row in measured]


def published_place(session: Session, oruk_id: str) -> Placed | None:
    """Return the listed service at a location with this published id."""
    found = session.exec(select(ServiceAtLocation).where(ServiceAtLocation.oruk_id == oruk_id)
                         ).first()
    if found is None:
        return None
    services = load_services(session, [found.service_id])
    if not services or services[0].status not in LISTED:
        return None
    location = next((loc for loc in services[0].locations if loc.id == found.location_id), None)
    return Placed(found.oruk_id, services[0], location) if location else None
