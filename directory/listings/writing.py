"""The one write path for listings: create, update, confirm and retire, each audited.

Functions here only ``flush()``; the caller (a view, a command, an importer) commits once.
Every flushed Service row is noted in ``session.info`` by the search package's flush listener
and indexed after the commit, so no write path can forget to re-index.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from .. import db
from ..geo.postcodes import normalise_postcode
from ..models import (
    AuditEvent,
    Grouping,
    Location,
    Organisation,
    Schedule,
    Service,
    TaxonomyTerm,
    utcnow,
)
from . import opening_hours
from .checks import ListingError, resolve_location
from .fields import FIELDS, STORED, LocationInput, ServiceInput, same_value
from .rules import whole_listing

# What a provider may publish at once, for every organisation: it goes stale fast, and is low
# risk (the quick update on "My listings").
AVAILABILITY_FIELDS = ("availability", "wait_weeks")


@dataclass(frozen=True)
class Actor:
    """Who made a change: an account (if any) and a readable label for the audit trail."""

    label: str
    account_id: int | None = None
    # An import speaks from its rows: each row's assured_date, not the day it was imported, is
    # when the provider said what it says (its availability included).
    imported: bool = False


class StaleEdit(ListingError):
    """Someone else saved the listing since this edit began."""

    def __init__(self, service: Service, changed: dict | None = None, typed: dict | None = None):
        super().__init__({"version": "this listing was changed by someone else while you edited"})
        self.service = service
        self.typed = typed or {}
        self._changed = changed

    @property
    def changed(self) -> dict:
        """Return {field: (typed, saved now)}; when the database refused, read after rollback."""
        if self._changed is None:
            self._changed = changed_fields(self.typed, snapshot(self.service)) if self.typed else {}
        return self._changed


def lock(session: Session, service: Service) -> None:
    """Hold the listing until this transaction ends, and read it again as it is now."""
    # SQLite: the database's write lock; PostgreSQL: the row (SELECT ... FOR UPDATE), so a
    # second writer waits for the first to commit and then sees its version.
    db.begin_write(session)
    session.refresh(service, with_for_update=True)


@contextmanager
def _refused_if_saved_meanwhile(service: Service, typed: dict | None = None) -> Iterator[None]:
    """Turn the database's refusal of an UPDATE on an out-of-date version into StaleEdit."""
    try:
        yield
    except StaleDataError as refused:
        raise StaleEdit(service, typed=typed) from refused


def create_service(session: Session, data: ServiceInput, actor: Actor) -> Service:
    """Create a listing from validated input."""
    organisation = find_or_create_organisation(
        session, data.organisation, data.organisation_website
    )
    # Its collections start empty and loaded: reading them must not query for a new row.
    service = Service(organisation_id=organisation.id, service_ref=data.service_ref, name=data.name,
                      groupings=[], terms=[], locations=[], schedules=[])
    session.add(service)
    _apply(session, service, data, actor)
    session.flush()
    _audit(session, actor, "create", service, None, snapshot(service))
    return service


def update_service(
    session: Session,
    service: Service,
    data: ServiceInput,
    actor: Actor,
    expected_version: int | None = None,
) -> Service:
    """Update a listing; refuse if it changed since ``expected_version``."""
    lock(session, service)
    typed = data.model_dump(mode="json")
    before = snapshot(service)
    if expected_version is not None and expected_version != service.version:
        raise StaleEdit(service, changed_fields(typed, before))
    with _refused_if_saved_meanwhile(service, typed):
        _apply(session, service, data, actor)
        after = snapshot(service)
        service.version += 1
        changed = bool(changed_fields(before, after))  # a new order of the same is no change
        if changed:  # last_modified answers ORUK modified_after: real changes only
            service.last_modified = utcnow()
        session.flush()
    if changed:
        _audit(session, actor, "update", service, before, after)
    return service


class AvailabilityError(ListingError):
    """A quick availability update breaks a rule; ``codes`` maps each field to its rule code."""

    def __init__(self, codes: dict[str, str]):
        super().__init__(dict(codes))
        self.codes = codes


def availability_problems(listing: dict, availability, wait_weeks) -> dict[str, str]:
    """Return {field: rule code} for what ServiceInput's rules find wrong with this availability."""
    values = {**listing, "availability": availability, "wait_weeks": wait_weeks}
    try:
        ServiceInput.model_validate(values)
        return {}
    except ValidationError as error:
        found = {str(e["loc"][0]): e["type"] for e in error.errors()
                 if e["loc"] and e["loc"][0] in AVAILABILITY_FIELDS}
    # The rules between fields run only once every field is valid: ask them directly, so an
    # old problem elsewhere in the listing never hides (or blocks) this one.
    for rule in whole_listing(values):
        if rule.field in AVAILABILITY_FIELDS:
            found.setdefault(rule.field, rule.code)
    return found


def update_availability(
    session: Session, service: Service, availability: str, wait_weeks: int | None,
    actor: Actor, expected_version: int | None,
) -> Service:
    """Publish whether a listing takes referrals and the wait, at once; refuse a stale one."""
    # ``expected_version`` None (a form that lost it) is refused like an old one.
    lock(session, service)
    typed = {"availability": availability, "wait_weeks": wait_weeks}
    now = snapshot(service)
    if expected_version is None or expected_version != service.version:
        raise StaleEdit(service, changed_fields(typed, {k: now[k] for k in typed}))
    problems = availability_problems(now, availability, wait_weeks)
    if problems:
        raise AvailabilityError(problems)
    before = _availability_of(service)
    service.availability, service.wait_weeks = availability, wait_weeks
    service.availability_stated = date.today()  # said today, even when it says the same
    if service.availability_expires and service.availability_expires < date.today():
        service.availability_expires = None  # a lapsed date would hide what was just said
    service.version += 1
    service.last_modified = utcnow()
    session.add(service)
    with _refused_if_saved_meanwhile(service):
        session.flush()
    _audit(session, actor, "availability", service, before, _availability_of(service))
    return service


def _availability_of(service: Service) -> dict:
    return {"availability": service.availability, "wait_weeks": service.wait_weeks,
            "availability_expires": _iso(service.availability_expires),
            "availability_stated": _iso(service.availability_stated)}


def upsert_service(session: Session, data: ServiceInput, actor: Actor) -> tuple[Service, bool]:
    """Create the listing or update the one with the same organisation and service_ref."""
    existing = find_service(session, data.organisation, data.service_ref)
    if existing is None:
        return create_service(session, data, actor), True
    return update_service(session, existing, data, actor), False


def confirm_service(session: Session, service: Service, actor: Actor) -> Service:
    """Record that the provider confirmed the listing is still correct today."""
    lock(session, service)
    before = {"assured_date": _iso(service.assured_date), "assured_by": service.assured_by}
    service.assured_date = date.today()
    service.assured_by = actor.label
    service.version += 1
    service.last_modified = utcnow()
    session.add(service)
    with _refused_if_saved_meanwhile(service):
        session.flush()
    _audit(
        session,
        actor,
        "confirm",
        service,
        before,
        {"assured_date": _iso(service.assured_date), "assured_by": actor.label},
    )
    return service


def retire_service(session: Session, service: Service, actor: Actor, reason: str = "") -> Service:
    """Take a listing out of the directory (kept for the audit trail, no longer shown)."""
    lock(session, service)
    before = {"status": service.status}
    service.status = "inactive"
    service.version += 1
    service.last_modified = utcnow()
    session.add(service)
    with _refused_if_saved_meanwhile(service):
        session.flush()
    _audit(session, actor, "retire", service, before, {"status": "inactive", "reason": reason})
    return service


def find_service(session: Session, organisation: str, service_ref: str) -> Service | None:
    """Return the service an organisation knows by ``service_ref``, if any."""
    return session.exec(
        select(Service)
        .join(Organisation)
        .where(Organisation.name == organisation, Service.service_ref == service_ref)
    ).first()


def find_or_create_organisation(session: Session, name: str, website: str = "") -> Organisation:
    """Return the organisation with this name, creating it if needed."""
    organisation = session.exec(select(Organisation).where(Organisation.name == name)).first()
    if organisation is None:
        organisation = Organisation(name=name, website=website)
        session.add(organisation)
        session.flush()
    elif website and not organisation.website:
        organisation.website = website
    return organisation


def _apply(session: Session, service: Service, data: ServiceInput, actor: Actor) -> None:
    availability_changed = (service.availability, service.wait_weeks) != (
        data.availability,
        data.wait_weeks,
    )
    for field in STORED:
        setattr(service, field, getattr(data, field))
    if availability_changed or service.availability_stated is None:
        # Unknown (None) for an imported row nobody confirmed: never the import's own date.
        service.availability_stated = data.assured_date if actor.imported else date.today()
    if data.assured_date:
        service.assured_date = data.assured_date
    service.groupings = _reference_rows(session, Grouping, data.groupings)
    service.terms = _reference_rows(session, TaxonomyTerm, data.topics + data.support_types)
    old_locations = list(service.locations)
    service.locations = _kept_locations(session, old_locations, data.locations)
    kept = {id(location) for location in service.locations}
    for location in old_locations:  # locations belong to one service: drop the replaced ones
        if id(location) not in kept:
            session.delete(location)
    service.schedules = _kept_schedules(service.schedules, opening_hours.parse(data.opening_hours))
    session.add(service)
    session.flush()


def _reference_rows(session: Session, model, codes: list[str]) -> list:
    """Return the groupings or taxonomy terms with these codes, read once per session.

    They are reference data no write path changes, and an import asks for the same few
    hundred codes on every row: so each session reads each code once (without flushing what
    is pending, which a read of reference data does not need).
    """
    known = session.info.setdefault(("reference", model.__name__), {})
    missing = [code for code in codes if code not in known]
    if missing:
        with session.no_autoflush:
            known.update({row.code: row for row in session.exec(
                select(model).where(model.code.in_(missing)))})
    return [known[code] for code in dict.fromkeys(codes) if code in known]


def _kept_locations(session: Session, old: list[Location], wanted: list[LocationInput]):
    """Return the wanted locations, reusing old rows (and their published ids) where they fit."""
    unused = list(old)
    locations = []
    for loc in wanted:
        postcode = normalise_postcode(loc.postcode) or "" if loc.postcode else ""
        same = [o for o in unused if (o.name, o.address, o.postcode) == (loc.name, loc.address,
                                                                          postcode)]
        match = (same or [o for o in unused if postcode and o.postcode == postcode] or [None])[0]
        if match is not None:
            unused.remove(match)
        locations.append(_location(session, loc, match or Location()))
    return locations


def _location(session: Session, loc: LocationInput, location: Location) -> Location:
    latitude, longitude, la_code = resolve_location(session, loc)
    location.name, location.address, location.town = loc.name, loc.address, loc.town
    location.postcode = normalise_postcode(loc.postcode) or "" if loc.postcode else ""
    location.latitude, location.longitude, location.la_code = latitude, longitude, la_code
    location.hide_address = loc.hide_address
    return location


def _kept_schedules(old: list[Schedule], openings) -> list[Schedule]:
    """Return a schedule row per opening, reusing the old rows (and their published ids)."""
    rows = {(s.weekday, s.opens_at, s.closes_at): s for s in old}
    return [rows.get((o.weekday, o.opens_at, o.closes_at))
            or Schedule(weekday=o.weekday, opens_at=o.opens_at, closes_at=o.closes_at)
            for o in openings]


def snapshot(service: Service) -> dict:
    """Return the listing as a ServiceInput-shaped, JSON-safe dict, in the declared order."""
    return {name: (_OWN_SNAPSHOT[name](service) if name in _OWN_SNAPSHOT
                   else _json_safe(getattr(service, name))) for name in FIELDS}


def _json_safe(value):
    if isinstance(value, list):
        return list(value)
    return _iso(value) if isinstance(value, date) else value


def _location_snapshot(loc: Location) -> dict:
    return {name: getattr(loc, name) for name in LocationInput.model_fields}


# How the snapshot reads the fields the write path stores with its own code.
_OWN_SNAPSHOT = {
    "organisation": lambda s: s.organisation.name if s.organisation else "",
    "organisation_website": lambda s: s.organisation.website if s.organisation else "",
    "groupings": lambda s: s.grouping_codes,
    "topics": lambda s: sorted(s.term_codes("topic")),
    "support_types": lambda s: sorted(s.term_codes("support_type")),
    "locations": lambda s: [_location_snapshot(loc) for loc in s.locations],
    "opening_hours": lambda s: opening_hours.format_openings(s.schedules),
    "assured_date": lambda s: _iso(s.assured_date),
}


def input_from_service(service: Service) -> ServiceInput:
    """Return the listing as ServiceInput (the starting point of an edit)."""
    return ServiceInput.model_validate(snapshot(service))


def changed_fields(before: dict, after: dict) -> dict:
    """Return {field: (before, after)} for the fields that differ (a list's order is no change)."""
    keys = [k for k in after if k in before or after[k] not in (None, "", [])]
    return {k: (before.get(k), after.get(k)) for k in keys
            if not same_value(k, before.get(k), after.get(k))}


def _audit(session, actor: Actor, action: str, service: Service, before, after) -> None:
    session.add(
        AuditEvent(
            actor_id=actor.account_id,
            actor=actor.label,
            action=action,
            entity="service",
            entity_id=service.id,
            before=before,
            after=after,
        )
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
