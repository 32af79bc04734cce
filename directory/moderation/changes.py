"""Moderation: provider edits held as change requests, their approval or rejection, and
problem reports from the public.

Edits from trusted organisations (and from moderators and admins) publish at once through
``directory.listings``; everyone else's wait as a ChangeRequest holding the proposed
ServiceInput, and the public listing stays as it was until a moderator approves. The quick
update of referrals and waiting time publishes at once for everyone (``publish_availability``).
Functions here only flush; the caller commits once, and emails go out after that commit.
"""

from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import Session, select

from .. import listings, mail
from ..listings import Actor, StaleEdit
from ..listings.fields import ServiceInput
from ..models import (
    Account,
    AuditEvent,
    ChangeRequest,
    Membership,
    Organisation,
    ProblemReport,
    Service,
    utcnow,
)
from ..vocabulary.taxonomy import known_codes
from .conflicts import ChangeConflict, find_conflict
from .problem_reports import KINDS

STAFF_ROLES = ("admin", "moderator")

__all__ = [
    "ChangeConflict",
    "Editing",
    "actor_for",
    "approve_change",
    "editing",
    "find_conflict",
    "member_accounts",
    "new_listings_need_review",
    "notify_problem_report",
    "publish_availability",
    "publishes_directly",
    "reject_change",
    "resolve_problem",
    "submit_edit",
    "submit_new_listing",
]


def actor_for(account: Account | None, note: str = "") -> Actor:
    """Return the audit Actor for an account (its email, with an optional note)."""
    if account is None:
        return Actor(note or "system")
    label = f"{account.email} ({note})" if note else account.email
    return Actor(label, account.id)


def publishes_directly(session: Session, account: Account, organisation_id: int) -> bool:
    """Say whether this account's edits to this organisation's listings skip moderation."""
    if account.role in STAFF_ROLES:
        return True
    organisation = session.get(Organisation, organisation_id)
    return bool(organisation and organisation.trusted)


def member_accounts(session: Session, organisation_id: int) -> list[Account]:
    """Return the active accounts that edit this organisation's listings."""
    return list(session.exec(
        select(Account).join(Membership, Membership.account_id == Account.id)
        .where(Membership.organisation_id == organisation_id, Account.status == "active")
        .order_by(Account.email)
    ))


def pending_change(session: Session, service_id: int) -> ChangeRequest | None:
    """Return the change request waiting for a moderator on this listing, if any."""
    return session.exec(
        select(ChangeRequest).where(ChangeRequest.service_id == service_id,
                                    ChangeRequest.status == "pending")
        .order_by(ChangeRequest.id.desc())
    ).first()


@dataclass(frozen=True)
class Editing:
    """Where an edit of a listing starts and what saving it will do: asked once per page."""

    start: dict  # the form opens with this: the live listing, or the proposal carried on
    waiting: ChangeRequest | None  # a change request waiting for a moderator (anyone's)
    held: ChangeRequest | None  # the waiting proposal this person carries on from
    needs_review: bool  # saving holds the edit for a moderator


def editing(session: Session, account: Account, service: Service) -> Editing:
    """Say where this person's edit of a listing starts and whether a moderator will check it."""
    # Someone whose edits are moderated carries on from their waiting proposal; someone who
    # publishes directly starts from the live listing, never from unchecked words.
    waiting = pending_change(session, service.id)
    direct = publishes_directly(session, account, service.organisation_id)
    held = waiting if waiting is not None and not direct else None
    return Editing(held.proposed if held else listings.snapshot(service), waiting, held,
                   not direct)


def new_listings_need_review(session: Session, account: Account, organisations) -> bool:
    """Say whether a new listing from this person, for any of these organisations, is checked."""
    return not all(publishes_directly(session, account, o.id) for o in organisations)


def submit_edit(
    session: Session, service: Service, data: ServiceInput, account: Account,
    expected_version: int | None, based_on: int | None = None,
) -> ChangeRequest | None:
    """Publish an edit, or hold it for a moderator; refuse it if someone else got there first."""
    # ``expected_version`` is the version the form was loaded at: None (a form that lost it)
    # is refused like an old one. ``based_on`` is the waiting change request the form started
    # from (if any): a newer request from someone else is never replaced silently.
    listings.lock(session, service)
    typed = data.model_dump(mode="json")
    if expected_version is None or expected_version != service.version:
        raise StaleEdit(service, listings.changed_fields(typed, listings.snapshot(service)))
    if publishes_directly(session, account, service.organisation_id):
        listings.update_service(session, service, data, actor_for(account), expected_version)
        return None
    waiting = pending_change(session, service.id)
    if waiting is not None and waiting.id != based_on:
        raise StaleEdit(service, listings.changed_fields(typed, waiting.proposed))
    if waiting is not None:  # the same proposal, edited again: the newer one replaces it
        waiting.status, waiting.decided_at = "superseded", utcnow()
        session.add(waiting)
    return _request_change(session, service, typed, account)


def publish_availability(
    session: Session, service: Service, availability: str, wait_weeks: int | None,
    account: Account, expected_version: int | None,
) -> ChangeRequest | None:
    """Publish a listing's referrals and wait at once, for anyone; return any proposal updated."""
    # It goes stale fast and is low risk, so it never waits for a moderator, whatever the
    # organisation. A proposal waiting for one was made before it: approved as it is, it would
    # put the older statement back. So the proposal now says the same; when nothing else happened in
    # between, it is based on the new version, and the moderator sees only the real edit.
    listings.update_availability(session, service, availability, wait_weeks,
                                 actor_for(account), expected_version)
    waiting = pending_change(session, service.id)
    if waiting is None:
        return None
    proposed = {**waiting.proposed, "availability": service.availability,
                "wait_weeks": service.wait_weeks}
    expires = proposed.get("availability_expires")
    if expires and date.fromisoformat(expires) < date.today():
        proposed["availability_expires"] = None  # as on the listing: never hide what was said
    waiting.proposed = proposed  # a new dict: the JSON column sees the change
    if waiting.base_version == expected_version:  # the version this update was made on
        waiting.base_version = service.version
    session.add(waiting)
    session.flush()
    return waiting


def submit_new_listing(
    session: Session, data: ServiceInput, account: Account
) -> tuple[Service, ChangeRequest | None]:
    """Create a listing: published at once when trusted, else pending review (not public)."""
    organisation = session.exec(
        select(Organisation).where(Organisation.name == data.organisation)).one()
    if publishes_directly(session, account, organisation.id):
        return listings.create_service(session, data, actor_for(account)), None
    held = data.model_copy(update={"status": "pending"})
    service = listings.create_service(session, held, actor_for(account, _("awaiting review")))
    return service, _request_change(session, service, data.model_dump(mode="json"), account)


def _request_change(session: Session, service: Service, proposed: dict, account: Account):
    change = ChangeRequest(
        service_id=service.id, organisation_id=service.organisation_id, account_id=account.id,
        proposed=proposed, base_version=service.version,
    )
    session.add(change)
    session.flush()
    _audit(session, account, "change-requested", service.id, {"change_request": change.id})
    return change


def proposed_input(session: Session, change: ChangeRequest) -> ServiceInput:
    """Return the change request's proposal, validated against today's taxonomy."""
    return ServiceInput.model_validate(change.proposed, context=known_codes(session))


def approve_change(
    session: Session, change: ChangeRequest, moderator: Account,
    acknowledged_version: int | None = None,
) -> Service:
    """Publish a change request, refusing one based on an older version until it is seen."""
    # Once the moderator has seen the conflict (``acknowledged_version``), the provider's
    # changes go on top of the newer listing, keeping newer changes to other fields.
    service = _hold(session, change)  # a save meanwhile is waited for, then seen as a conflict
    data = proposed_input(session, change)
    if service.version != change.base_version:
        conflict = find_conflict(session, change, service)
        if acknowledged_version != service.version:
            raise conflict
        data = ServiceInput.model_validate(conflict.merged, context=known_codes(session))
    submitter = session.get(Account, change.account_id) if change.account_id else None
    note = _("approved change request %(id)s from %(who)s", id=change.id,
             who=submitter.email if submitter else _("a provider"))
    listings.update_service(session, service, data, actor_for(moderator, note), service.version)
    _decide(session, change, moderator, "approved")
    _audit(session, moderator, "change-approved", service.id, {"change_request": change.id})
    if submitter is not None:
        mail.queue_mail(session, submitter, _l("Your changes to %(name)s are published",
                                               name=service.name),
                        "change_approved", service=service, change=change,
                        link=mail.external_url("public.service", service_id=service.id))
    return service


def reject_change(session: Session, change: ChangeRequest, moderator: Account,
                  reason: str) -> None:
    """Turn a change request down with a reason, and email the reason to the provider."""
    service = _hold(session, change)
    change.reason = reason.strip()
    _decide(session, change, moderator, "rejected")
    _audit(session, moderator, "change-rejected", service.id,
           {"change_request": change.id, "reason": change.reason})
    submitter = session.get(Account, change.account_id) if change.account_id else None
    if submitter is not None:
        mail.queue_mail(session, submitter, _l("Your changes to %(name)s were not published",
                                               name=service.name),
                        "change_rejected", service=service, change=change,
                        link=mail.external_url("provider.listing", service_id=service.id))


class AlreadyDecided(Exception):
    """Another moderator decided this change request while this decision was being made."""


def _hold(session: Session, change: ChangeRequest) -> Service:
    """Lock the listing, then make sure the request still waits for a decision (one decision
    wins when two moderators press at the same instant)."""
    service = session.get(Service, change.service_id)
    listings.lock(session, service)
    session.refresh(change)
    if change.status != "pending":
        raise AlreadyDecided(change.id)
    return service


def _decide(session: Session, change: ChangeRequest, moderator: Account, status: str) -> None:
    change.status, change.decided_at, change.decided_by = status, utcnow(), moderator.id
    session.add(change)
    session.flush()


def notify_problem_report(session: Session, report: ProblemReport) -> int:
    """Email a new problem report to the listing's organisation; return how many were sent."""
    service = session.get(Service, report.service_id)
    recipients = member_accounts(session, service.organisation_id) if service else []
    for account in recipients:
        mail.queue_mail(session, account,
                        _l("Someone reported a problem with %(name)s", name=service.name),
                        "problem_reported", service=service, report=report, account=account,
                        kind=KINDS.get(report.kind, report.kind),
                        link=mail.external_url("provider.listing", service_id=service.id))
    return len(recipients)


def resolve_problem(session: Session, report: ProblemReport, moderator: Account,
                    note: str) -> None:
    """Close a problem report, keeping the moderator's note in the audit trail."""
    report.status, report.resolved_at, report.resolved_by = "resolved", utcnow(), moderator.id
    session.add(report)
    session.flush()
    _audit(session, moderator, "problem-resolved", report.service_id,
           {"problem_report": report.id, "kind": report.kind, "note": note.strip()})


def _audit(session: Session, account: Account | None, action: str, service_id: int,
           after: dict) -> None:
    actor = actor_for(account)
    session.add(AuditEvent(actor_id=actor.account_id, actor=actor.label, action=action,
                           entity="service", entity_id=service_id, after=after))
