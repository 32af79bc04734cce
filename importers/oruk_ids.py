"""Keep the ids an imported service had in its feed, where they are UUIDs and still free.

The same service then has the same id in both directories, so a reader of both feeds (or a
second import) sees one service, not two. An id already used by another row here is left.
"""

from sqlmodel import Session, select

from directory.models import Location, Organisation, Schedule, Service, ServiceAtLocation
from directory.oruk.ids import is_uuid


def adopt_ids(session: Session, service: Service, mapped, new_organisation: bool) -> None:
    """Give the service, its places and schedules (and a new organisation) the feed's ids."""
    _adopt(session, Service, service, mapped.source_id)
    if new_organisation:
        _adopt(session, Organisation, service.organisation, mapped.organisation_id)
    links = {link.location_id: link for link in session.exec(
        select(ServiceAtLocation).where(ServiceAtLocation.service_id == service.id))}
    for location, (link_id, location_id) in zip(service.locations, mapped.location_ids,
                                                strict=False):
        _adopt(session, Location, location, location_id)
        if location.id in links:
            _adopt(session, ServiceAtLocation, links[location.id], link_id)
    for schedule in service.schedules:
        wanted = mapped.schedule_ids.get((schedule.weekday, schedule.opens_at,
                                          schedule.closes_at))
        _adopt(session, Schedule, schedule, wanted)
    session.flush()


def _adopt(session: Session, model, row, wanted: str | None) -> None:
    wanted = (wanted or "").lower()
    if not is_uuid(wanted) or row.oruk_id == wanted:
        return
    taken = session.exec(select(model.id).where(model.oruk_id == wanted, model.id != row.id))
    if taken.first() is None:
        row.oruk_id = wanted
        session.add(row)
        session.flush()
