"""Conflicts between a change request and edits published after it was made.

The listing as the provider saw it (the base) is rebuilt from the audit trail, so a moderator
sees what changed since, what the provider changed, and where the two overlap.
"""

from dataclasses import dataclass, field

from sqlmodel import Session, select

from .. import listings
from ..listings.fields import same_value
from ..models import AuditEvent, ChangeRequest, Service

# Audit actions that change a listing (moderation events only describe it).
LISTING_ACTIONS = ("create", "update", "availability", "confirm", "retire")


@dataclass
class ChangeConflict(Exception):
    """The listing changed after the change request was made."""

    change: ChangeRequest
    service: Service
    since: dict = field(default_factory=dict)  # {field: (base, now)} published since
    proposed: dict = field(default_factory=dict)  # {field: (base, proposed)} the request's
    overlap: list = field(default_factory=list)  # fields both touched, differently
    merged: dict = field(default_factory=dict)  # the listing now, plus the provider's changes

    def __str__(self) -> str:
        return f"change request {self.change.id} is based on an older version of the listing"


def base_snapshot(session: Session, change: ChangeRequest, service: Service) -> dict:
    """Rebuild the listing as it was when the change request was made."""
    base = listings.snapshot(service)
    events = session.exec(
        select(AuditEvent).where(
            AuditEvent.entity == "service", AuditEvent.entity_id == service.id,
            AuditEvent.at > change.created_at, AuditEvent.action.in_(LISTING_ACTIONS),
        ).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    ).all()
    for event in events:  # newest first, so the oldest "before" wins
        base.update({k: v for k, v in (event.before or {}).items() if k in base})
    return base


def find_conflict(session: Session, change: ChangeRequest, service: Service) -> ChangeConflict:
    """Work out what changed since the request and how the two sets of changes combine."""
    base = base_snapshot(session, change, service)
    now = listings.snapshot(service)
    proposal = {**now, **change.proposed}
    since = listings.changed_fields(base, now)
    proposed = listings.changed_fields(base, proposal)
    proposed.pop("assured_date", None)
    # Both touched it and they say different things (a new order of the same list is no change).
    overlap = [k for k in proposed if k in since and not same_value(k, proposal[k], now[k])]
    merged = {**now, **{k: proposal[k] for k in proposed}}
    # A confirmation is never undone: keep the later "last checked" date of the two.
    checked = [d for d in (now["assured_date"], proposal.get("assured_date")) if d]
    merged["assured_date"] = max(checked) if checked else None
    return ChangeConflict(change, service, since, proposed, overlap, merged)
