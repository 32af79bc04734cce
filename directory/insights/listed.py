"""The published services as the insights count them: a few flat queries, no ORM objects."""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, select

from ..models import (
    LISTED,
    Location,
    Service,
    ServiceAtLocation,
    ServiceGrouping,
    ServiceTerm,
    TaxonomyTerm,
)

# Published: what the public can find; pending and retired listings are not.
PUBLISHED = LISTED


@dataclass
class Listed:
    """One published service: who it is for, where, what it offers, and how fresh it is."""

    id: int
    organisation_id: int
    national: bool
    minimum_age: int
    maximum_age: int
    status: str
    availability: str
    wait_weeks: int | None
    availability_expires: date | None
    assured_date: date | None
    self_referral: bool
    delivery_modes: tuple[str, ...]
    areas: set[str] = field(default_factory=set)  # addresses' and service areas' authorities
    groupings: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    support_types: set[str] = field(default_factory=set)

    def serves_ages(self, low: int, high: int) -> bool:
        """Say whether the service's age range overlaps ``low``–``high``."""
        return self.minimum_age <= high and self.maximum_age >= low

    def is_local_to(self, la_code: str) -> bool:
        """Say whether the service counts for an area: not national, and there by address or
        by service area."""
        return not self.national and la_code in self.areas


def published_services(session: Session) -> list[Listed]:
    """Return every published service with its groupings, terms and areas."""
    published = Service.status.in_(PUBLISHED)
    rows = session.exec(select(
        Service.id, Service.organisation_id, Service.national, Service.minimum_age,
        Service.maximum_age, Service.status, Service.availability, Service.wait_weeks,
        Service.availability_expires, Service.assured_date, Service.self_referral,
        Service.delivery_modes, Service.service_areas).where(published).order_by(Service.id)).all()
    services: dict[int, Listed] = {}
    for (sid, organisation, national, low, high, status, availability, wait, expires, assured,
         self_ref, modes, service_areas) in rows:
        services[sid] = Listed(sid, organisation, bool(national), low, high, status,
                               availability, wait, expires, assured, bool(self_ref),
                               tuple(modes or ()), areas=set(service_areas or ()))
    _add_links(session, services, published)
    return list(services.values())


def _add_links(session: Session, services: dict[int, Listed], published) -> None:
    groupings = select(ServiceGrouping.service_id, ServiceGrouping.grouping_code).join(
        Service, Service.id == ServiceGrouping.service_id).where(published)
    for sid, code in session.exec(groupings):
        services[sid].groupings.add(code)
    terms = select(ServiceTerm.service_id, TaxonomyTerm.kind, TaxonomyTerm.code).join(
        TaxonomyTerm, TaxonomyTerm.id == ServiceTerm.term_id).join(
        Service, Service.id == ServiceTerm.service_id).where(published)
    for sid, kind, code in session.exec(terms):
        (services[sid].topics if kind == "topic" else services[sid].support_types).add(code)
    places = select(ServiceAtLocation.service_id, Location.la_code).join(
        Location, Location.id == ServiceAtLocation.location_id).join(
        Service, Service.id == ServiceAtLocation.service_id).where(published)
    for sid, la_code in session.exec(places):
        if la_code:
            services[sid].areas.add(la_code)


def topic_rows(session: Session, services: list[Listed]) -> list[tuple[str, str]]:
    """Return the topics to show as (code, name): every topic no other topic sits under, and any
    broader topic a service names itself, in the taxonomy's order."""
    terms = session.exec(select(TaxonomyTerm.id, TaxonomyTerm.code, TaxonomyTerm.name,
                                TaxonomyTerm.parent_id).where(TaxonomyTerm.kind == "topic")
                         .order_by(TaxonomyTerm.id)).all()
    parents = {parent for _, _, _, parent in terms if parent is not None}
    named = {code for service in services for code in service.topics}
    return [(code, name) for tid, code, name, _ in terms if tid not in parents or code in named]


def term_names(session: Session, kind: str) -> dict[str, str]:
    """Return {code: name} for one kind of taxonomy term."""
    return dict(session.exec(select(TaxonomyTerm.code, TaxonomyTerm.name)
                             .where(TaxonomyTerm.kind == kind)).all())
