"""Reminder emails: ask providers to confirm listings they have not confirmed for 6 months.

One email per member per organisation lists every listing due; a ReminderSent row per listing,
confirmation date and kind makes the daily run idempotent. Confirming a listing gives it a new
date, so it becomes due again 6 months later.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_ngettext
from sqlalchemy import or_
from sqlmodel import Session, select

from .. import mail
from ..listings import freshness
from ..models import LISTED, Organisation, ReminderSent, Service
from .changes import member_accounts


@dataclass
class ReminderRun:
    """What one run did: emails sent, listings reminded, and listings nobody looks after."""

    emails: int = 0
    listings: int = 0
    unattended: list[Service] = field(default_factory=list)


def due_services(session: Session, today: date) -> list[tuple[Service, str]]:
    """Return (listing, kind) for live listings due a reminder they have not yet had."""
    candidates = session.exec(
        select(Service).where(
            Service.status.in_(LISTED),
            or_(Service.assured_date.is_(None),
                Service.assured_date <= freshness.reminder_cutoff(today)),
        ).order_by(Service.organisation_id, Service.name)
    ).all()
    due = []
    for service in candidates:
        kind = freshness.reminder_kind(service, today)
        if kind and not _already_sent(session, service, kind):
            due.append((service, kind))
    return due


def _already_sent(session: Session, service: Service, kind: str) -> bool:
    checked = (ReminderSent.assured_date.is_(None) if service.assured_date is None
               else ReminderSent.assured_date == service.assured_date)
    sent = session.exec(select(ReminderSent.id).where(
        ReminderSent.service_id == service.id, ReminderSent.kind == kind, checked)).first()
    return sent is not None


def send_reminders(session: Session, today: date | None = None) -> ReminderRun:
    """Email every organisation's members about their listings due a reminder."""
    today = today or freshness.today_in_london()
    by_organisation: dict[int, list[tuple[Service, str]]] = defaultdict(list)
    for service, kind in due_services(session, today):
        by_organisation[service.organisation_id].append((service, kind))
    run = ReminderRun()
    for organisation_id, due in by_organisation.items():
        members = member_accounts(session, organisation_id)
        if not members:  # nobody to ask: the admin's stale-listings page shows these
            run.unattended.extend(service for service, _kind in due)
            continue
        organisation = session.get(Organisation, organisation_id)
        for account in members:
            mail.queue_mail(
                session, account,
                lazy_ngettext("Please check your listing is still correct",
                         "Please check your %(num)d listings are still correct", len(due)),
                "reminder", account=account, organisation=organisation, today=today,
                due=[(service, kind, mail.external_url("provider.listing", service_id=service.id))
                     for service, kind in due],
                link=mail.external_url("provider.dashboard"),
            )
            run.emails += 1
        for service, kind in due:
            session.add(ReminderSent(service_id=service.id, assured_date=service.assured_date,
                                     kind=kind))
        run.listings += len(due)
    session.flush()
    return run
