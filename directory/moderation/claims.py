"""Claims: a provider asks to look after a listing nobody looks after yet.

A listing is unclaimed when its organisation has no member accounts. A moderator approves a
claim, which makes the provider a member of that organisation, so they can edit its listings.
"""

from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, func, or_
from sqlmodel import Session, select

from .. import mail
from ..models import LISTED, Account, AuditEvent, Claim, Membership, Organisation, Service, utcnow
from .changes import actor_for

SEARCH_LIMIT = 50


def _has_members():
    return exists().where(Membership.organisation_id == Service.organisation_id)


def is_claimable(session: Session, service: Service | None) -> bool:
    """Say whether a live listing's organisation has nobody looking after it."""
    if service is None or service.status not in LISTED:
        return False
    member = session.exec(select(Membership).where(
        Membership.organisation_id == service.organisation_id)).first()
    return member is None


def claimable_services(session: Session, words: str) -> list[Service]:
    """Return unclaimed live listings whose name or organisation contains ``words``."""
    pattern = f"%{words.strip().lower()}%"
    return list(session.exec(
        select(Service).join(Organisation, Organisation.id == Service.organisation_id)
        .where(Service.status.in_(LISTED), ~_has_members(),
               or_(func.lower(Service.name).like(pattern),
                   func.lower(Organisation.name).like(pattern)))
        .order_by(Service.name).limit(SEARCH_LIMIT)
    ))


def pending_claim(session: Session, service_id: int, account_id: int) -> Claim | None:
    """Return this account's claim on this listing that is still waiting, if any."""
    return session.exec(select(Claim).where(
        Claim.service_id == service_id, Claim.account_id == account_id,
        Claim.status == "pending")).first()


def create_claim(session: Session, service: Service, account: Account, message: str) -> Claim:
    """Ask to look after a listing (one waiting claim per account and listing)."""
    claim = pending_claim(session, service.id, account.id)
    if claim is None:
        claim = Claim(service_id=service.id, account_id=account.id,
                      organisation_id=service.organisation_id)
    claim.message = message.strip()[:2000]
    session.add(claim)
    session.flush()
    _audit(session, account, "claim-requested", claim)
    return claim


def approve_claim(session: Session, claim: Claim, moderator: Account) -> None:
    """Make the claimant a member of the listing's organisation and tell them."""
    if session.get(Membership, (claim.account_id, claim.organisation_id)) is None:
        session.add(Membership(account_id=claim.account_id, organisation_id=claim.organisation_id))
    _decide(session, claim, moderator, "approved", "")


def reject_claim(session: Session, claim: Claim, moderator: Account, reason: str) -> None:
    """Turn a claim down with a reason, and tell the claimant why."""
    _decide(session, claim, moderator, "rejected", reason.strip())


def _decide(session: Session, claim: Claim, moderator: Account, status: str,
            reason: str) -> None:
    claim.status, claim.decided_at, claim.decided_by = status, utcnow(), moderator.id
    session.add(claim)
    session.flush()
    _audit(session, moderator, f"claim-{status}", claim, reason)
    claimant = session.get(Account, claim.account_id)
    service = session.get(Service, claim.service_id)
    subject = (_l("You can now edit %(name)s", name=service.name) if status == "approved"
               else _l("Your request to edit %(name)s", name=service.name))
    mail.queue_mail(session, claimant, subject, "claim_decided",
                    service=service, claim=claim, approved=status == "approved", reason=reason,
                    link=mail.external_url("provider.dashboard"))


def _audit(session: Session, account: Account, action: str, claim: Claim, reason: str = ""):
    actor = actor_for(account)
    after = {"claim": claim.id, "account": session.get(Account, claim.account_id).email}
    if reason:
        after["reason"] = reason
    session.add(AuditEvent(actor_id=actor.account_id, actor=actor.label, action=action,
                           entity="service", entity_id=claim.service_id, after=after))
