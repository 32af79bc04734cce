"""The organisations the feed publishes: those running at least one listed service."""

from sqlalchemy import func
from sqlmodel import Session, select

from ..models import Organisation, Service
from ..search import LISTED
from .params import PageRequest
from .queries import load_services


def _publishing():
    return Organisation.id.in_(select(Service.organisation_id).where(Service.status.in_(LISTED)))


def organisation_page(session: Session, page: PageRequest) -> tuple[list[Organisation], int]:
    """Return one page of organisations, by name, and how many there are."""
    total = session.exec(select(func.count()).select_from(Organisation).where(_publishing())).one()
    rows = session.exec(select(Organisation).where(_publishing())
                        .order_by(Organisation.name, Organisation.id)
                        .offset(page.offset).limit(page.per_page)).all()
    return list(rows), total


def published_organisation(session: Session, oruk_id: str):
    """Return (organisation, its listed services by name) for this published id, or None."""
    organisation = session.exec(select(Organisation).where(Organisation.oruk_id == oruk_id,
                                                           _publishing())).first()
    if organisation is None:
        return None
    ids = session.exec(select(Service.id).where(Service.organisation_id == organisation.id,
                                                Service.status.in_(LISTED))
                       .order_by(Service.name, Service.id)).all()
    return organisation, load_services(session, list(ids))
