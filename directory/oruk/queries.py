"""Which services a feed page holds: filters in SQL, words through the site's search."""

from sqlalchemy import String, cast, exists, false, func, or_, true
from sqlalchemy.orm import joinedload, selectinload
from sqlmodel import Session, select

from .. import change_log
from ..models import Grouping, Organisation, Schedule, Service, ServiceAtLocation, TaxonomyTerm
from ..search import LISTED, SearchParams, run_search
from .params import DAYS, PageRequest, ServiceFilters

# A reader polling with modified_after also learns which listings were taken down.
RETIRED = ("inactive",)
SEARCH_LIMIT = 1000  # local matches kept from one search (the search adds up to 20 national)


def service_conditions(filters: ServiceFilters, vocabulary) -> list:
    """Return the SQL conditions for the filters (all must hold)."""
    statuses = LISTED + RETIRED if filters.modified_after else LISTED
    conditions = [Service.status.in_(statuses)]
    if filters.taxonomy_term_id:
        term = vocabulary.by_id.get(filters.taxonomy_term_id)
        conditions.append(_has_term(term) if term else false())
    if filters.taxonomy_id:
        conditions.append(_in_taxonomy(filters.taxonomy_id, vocabulary))
    if filters.minimum_age is not None:
        conditions.append(Service.minimum_age >= filters.minimum_age)
    if filters.maximum_age is not None:
        conditions.append(Service.maximum_age <= filters.maximum_age)
    if filters.organization_id:
        conditions.append(Service.organisation_id.in_(
            select(Organisation.id).where(Organisation.oruk_id == filters.organization_id)))
    if filters.modified_after:
        # The change log holds every commit that touched a listing (a quick availability
        # update too); last_modified still answers for times the log has been pruned past.
        conditions.append(or_(Service.last_modified >= filters.modified_after,
                              Service.id.in_(change_log.changed_since(filters.modified_after))))
    if filters.day or filters.start_time or filters.end_time:
        conditions.append(_opening(filters))
    return conditions


def json_holds(column, code: str):
    """Return a condition: the JSON list in ``column`` holds ``code`` (SQLite and PostgreSQL)."""
    return cast(column, String).like(f'%"{code}"%')


def _has_term(term):
    source = term.taxonomy.source
    if source == "groupings":
        return Service.groupings.any(Grouping.code == term.code)
    if source in ("topic", "support_type"):
        return Service.terms.any(TaxonomyTerm.oruk_id == term.id)
    return json_holds(Service.delivery_modes if source == "delivery_modes" else Service.audience,
                      term.code)


def _in_taxonomy(taxonomy_id: str, vocabulary):
    taxonomy = next((t.taxonomy for t in vocabulary.terms if t.taxonomy.id == taxonomy_id), None)
    if taxonomy is None:
        return false()
    if taxonomy.source == "groupings":
        return Service.groupings.any()
    if taxonomy.source in ("topic", "support_type"):
        return Service.terms.any(TaxonomyTerm.kind == taxonomy.source)
    return true()  # every listing names at least one delivery mode and one audience


def _opening(filters: ServiceFilters):
    conditions = [Schedule.service_id == Service.id]
    if filters.day:
        conditions.append(Schedule.weekday == DAYS.index(filters.day))
    if filters.start_time:
        conditions.append(Schedule.opens_at >= filters.start_time)
    if filters.end_time:
        conditions.append(Schedule.closes_at <= filters.end_time)
    return exists(select(Schedule.id).where(*conditions))


def searched_ids(session: Session, words: str) -> list[int]:
    """Return the ids of the listed services the site's search finds for the words, best first."""
    # Another program reading the feed, not a person looking for help: not counted.
    results = run_search(session, SearchParams(q=words, per_page=SEARCH_LIMIT), count=False)
    return [hit.service.id for hit in results.local + results.national]


def service_page(session: Session, filters: ServiceFilters, vocabulary,
                 page: PageRequest) -> tuple[list[Service], int]:
    """Return one page of services (loaded for documents) and how many match in all."""
    conditions = service_conditions(filters, vocabulary)
    if filters.search:
        ranked = searched_ids(session, filters.search)
        allowed = set(session.exec(select(Service.id).where(*conditions, Service.id.in_(ranked))))
        ids = [service_id for service_id in ranked if service_id in allowed]
        return load_services(session, ids[page.offset:page.offset + page.per_page]), len(ids)
    total = session.exec(select(func.count()).select_from(Service).where(*conditions)).one()
    if page.offset >= total:
        return [], total
    ids = session.exec(select(Service.id).where(*conditions).order_by(Service.name, Service.id)
                       .offset(page.offset).limit(page.per_page)).all()
    return load_services(session, list(ids)), total


def load_services(session: Session, ids: list[int]) -> list[Service]:
    """Load services with everything a document shows, in the order of ``ids``."""
    if not ids:
        return []
    rows = session.exec(select(Service).where(Service.id.in_(ids)).options(
        joinedload(Service.organisation), selectinload(Service.groupings),
        selectinload(Service.terms), selectinload(Service.locations),
        selectinload(Service.schedules))).all()
    by_id = {service.id: service for service in rows}
    return [by_id[service_id] for service_id in ids if service_id in by_id]


def location_links(session: Session, services: list[Service]) -> dict[int, str]:
    """Return {location row id: its service-at-location's published id} for these services."""
    ids = [service.id for service in services]
    if not ids:
        return {}
    return dict(session.exec(select(ServiceAtLocation.location_id, ServiceAtLocation.oruk_id)
                             .where(ServiceAtLocation.service_id.in_(ids))).all())


def published_service(session: Session, oruk_id: str) -> Service | None:
    """Return the listed or retired service with this published id (never a pending one)."""
    found = session.exec(select(Service.id).where(
        Service.oruk_id == oruk_id, Service.status.in_(LISTED + RETIRED))).first()
    return load_services(session, [found])[0] if found else None
