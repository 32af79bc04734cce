"""The audit log: every recorded change to listings, accounts and organisations, newest first.

Its route is on the ``admin`` blueprint, for moderators and admins. A row names the parts that
changed, never their values: a listing's history page shows those.
"""

from dataclasses import dataclass

from flask import render_template, request
from flask_babel import lazy_gettext as _l
from sqlalchemy import func
from sqlmodel import select

from .. import db
from ..accounts import STAFF_ROLES, current_account, login_required_role
from ..listings import diff
from ..listings.fields import same_value
from ..models import Account, AuditEvent, Organisation, Service
from .admin import admin

PER_PAGE = 50
MAX_PAGE = 100_000
# What each kind of thing's actions are called; an action missing here is shown as it is stored.
ACTIONS = {
    "service": diff.ACTIONS,
    "account": {
        "request": _l("Account asked for"), "verify-email": _l("Email address confirmed"),
        "reset-password": _l("Password reset"), "approve": _l("Account approved"),
        "reject": _l("Account request turned down"), "role": _l("Role changed"),
        "enable": _l("Account enabled"), "disable": _l("Account disabled"),
        "add-membership": _l("Organisation added"), "remove-membership": _l("Organisation removed"),
        "create": _l("Account created"), "update": _l("Account changed"),
    },
    "organisation": {"trust": _l("Trust changed")},
}
ENTITIES = {"service": _l("Listings"), "account": _l("Accounts"),
            "organisation": _l("Organisations")}
# The parts of accounts and organisations that listings don't have.
FIELD_LABELS = {"role": _l("Role"), "organisations": _l("Organisations"), "trusted": _l("Trusted")}
FIELD_ORDER = {name: place for place, name in enumerate(diff.LABELS)}


def action_name(entity: str, action: str) -> str:
    """Return an action in plain words, or as stored when it has none."""
    return str(ACTIONS.get(entity, {}).get(action, action))


def changed_fields(before: dict | None, after: dict | None) -> list[str]:
    """Return the names of the parts an event changed (none for a creation or a decision)."""
    if not isinstance(before, dict) or not isinstance(after, dict):
        return []
    keys = [key for key in {**before, **after}
            if not same_value(key, before.get(key), after.get(key))]
    keys.sort(key=lambda key: FIELD_ORDER.get(key, len(FIELD_ORDER)))
    return [str(FIELD_LABELS[key]) if key in FIELD_LABELS else diff.label(key) for key in keys]


@dataclass(frozen=True)
class Filters:
    """What the form asked for: an action ("entity:action" or a bare action), a listing, who."""

    action: str = ""
    listing: str = ""
    actor: str = ""

    @classmethod
    def from_args(cls, args) -> "Filters":
        """Read the filters from a query string, trimmed to sensible lengths."""
        return cls(*((args.get(name) or "").strip()[:limit]
                     for name, limit in (("action", 80), ("listing", 20), ("actor", 100))))

    def listing_id(self) -> int | None:
        """Return the listing number asked for ("#12" or "12"), or None."""
        digits = self.listing.removeprefix("#").strip()
        return int(digits) if digits.isdigit() and len(digits) <= 18 else None

    def problem(self) -> str | None:
        """Return what is wrong with the filters, if anything."""
        if self.listing and self.listing_id() is None:
            return str(_l("Enter a listing number, like 12."))
        return None

    def conditions(self) -> list:
        """Return the SQL conditions these filters stand for."""
        found = []
        if self.action:
            entity, _, action = self.action.rpartition(":")
            found.append(AuditEvent.action == action)
            if entity:
                found.append(AuditEvent.entity == entity)
        if (listing := self.listing_id()) is not None:
            found += [AuditEvent.entity == "service", AuditEvent.entity_id == listing]
        if self.actor:
            found.append(func.lower(AuditEvent.actor).contains(self.actor.lower(),
                                                               autoescape=True))
        return found

    def query(self) -> dict:
        """Return the filters that are set, for links to other pages of the log."""
        return {name: value for name, value in vars(self).items() if value}


@dataclass(frozen=True)
class Row:
    """One event as the log shows it."""

    event: AuditEvent
    action: str
    subject: str
    changed: list[str]


def _subjects(session, events) -> dict[tuple[str, int], str]:
    """Return a readable name for every listing, account and organisation the events are about."""
    wanted: dict[str, set[int]] = {}
    for event in events:
        if event.entity_id is not None:
            wanted.setdefault(event.entity, set()).add(event.entity_id)
    sources = {"service": (Service.id, Service.name), "account": (Account.id, Account.email),
               "organisation": (Organisation.id, Organisation.name)}
    names = {}
    for entity, (key, name) in sources.items():
        if wanted.get(entity):
            rows = session.exec(select(key, name).where(key.in_(wanted[entity]))).all()
            names.update({(entity, row_id): text for row_id, text in rows})
    return names


def _page_number(total: int) -> tuple[int, int]:
    pages = max(1, -(-total // PER_PAGE))
    asked = request.args.get("page", "1")
    page = int(asked) if asked.isdigit() and len(asked) < 7 else 1
    return min(max(page, 1), pages, MAX_PAGE), pages


@admin.get("/audit")
@login_required_role(*STAFF_ROLES)
def audit():
    """List audit events newest first, 50 a page, filtered by action, listing and who."""
    session, filters = db.session(), Filters.from_args(request.args)
    problem = filters.problem()
    conditions = filters.conditions() if problem is None else [AuditEvent.id.is_(None)]
    total = session.exec(select(func.count()).select_from(AuditEvent).where(*conditions)).one()
    page, pages = _page_number(total)
    events = session.exec(select(AuditEvent).where(*conditions)
                          .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
                          .offset((page - 1) * PER_PAGE).limit(PER_PAGE)).all()
    names = _subjects(session, events)
    rows = [Row(event, action_name(event.entity, event.action),
                names.get((event.entity, event.entity_id), ""),
                changed_fields(event.before, event.after)) for event in events]
    return render_template(
        "admin/audit.html", rows=rows, filters=filters, problem=problem, total=total,
        page=page, pages=pages, actions=ACTIONS, entities=ENTITIES, local_time=diff.local_time,
        is_admin=current_account().role == "admin"), 400 if problem else 200
