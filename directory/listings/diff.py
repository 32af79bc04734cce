"""Readable differences between two versions of a listing, for moderators and the history."""

from dataclasses import dataclass
from datetime import UTC, datetime

from babel import Locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import Session, select

from ..models import LocalAuthority, TaxonomyTerm
from ..vocabulary import fixed, thrive
from .fields import LABELS as FIELD_LABELS
from .fields import same_value
from .opening_hours import LONDON

# The fields' own labels (declared on ServiceInput), and those of what else the trail records.
LABELS = {
    **FIELD_LABELS,
    "assured_by": _l("Checked by"), "reason": _l("Reason"), "note": _l("Note"),
    "kind": _l("Kind of problem"), "change_request": _l("Change request"), "claim": _l("Claim"),
    "account": _l("Account"), "problem_report": _l("Problem report"),
    "availability_stated": _l("Waiting time said on"),
}
ACTIONS = {
    "create": _l("Listing created"), "update": _l("Listing changed"),
    "confirm": _l("Confirmed still correct"), "retire": _l("Taken out of the directory"),
    "availability": _l("Referrals and waiting time updated"),
    "change-requested": _l("Changes sent for checking"),
    "change-approved": _l("Changes approved"), "change-rejected": _l("Changes turned down"),
    "claim-requested": _l("Asked to look after the listing"),
    "claim-approved": _l("Claim approved"), "claim-rejected": _l("Claim turned down"),
    "problem-resolved": _l("Problem report dealt with"),
}
_CHOICES = {
    "delivery_modes": fixed.DELIVERY_MODES, "referral_routes": fixed.REFERRAL_ROUTES,
    "audience": fixed.AUDIENCES,
    "cost": fixed.COSTS, "availability": fixed.AVAILABILITY,
    "parental_involvement": fixed.PARENTAL_INVOLVEMENT, "status": fixed.STATUS_LABELS,
}


@dataclass(frozen=True)
class DiffRow:
    """One field that differs, in words."""

    field: str
    label: str
    before: str
    after: str


def names(session: Session) -> dict[str, str]:
    """Return display names for taxonomy codes and council area codes."""
    found = dict(session.exec(select(TaxonomyTerm.code, TaxonomyTerm.name)).all())
    found.update(session.exec(select(LocalAuthority.code, LocalAuthority.name)).all())
    return found


def readable(field: str, value, known: dict[str, str] | None = None) -> str:
    """Return a field's value in words."""
    known = known or {}
    if value is None or value == "" or value == []:
        return _("(empty)")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if field == "locations":
        return "; ".join(_location(loc) for loc in value)
    if field == "groupings":
        return ", ".join(str(thrive.BY_CODE[c].name) if c in thrive.BY_CODE else c for c in value)
    if field == "languages":
        languages = Locale("en").languages
        return ", ".join(languages.get(code, code) for code in value)
    choices = _CHOICES.get(field, known)
    if isinstance(value, list):
        return ", ".join(str(choices.get(v, v)) for v in value)
    return str(choices.get(value, value)) if isinstance(value, str) else str(value)


def _location(loc: dict) -> str:
    parts = [loc.get(k) for k in ("name", "address", "town", "postcode") if loc.get(k)]
    text = ", ".join(parts) or _("a point on the map")
    return text + (" " + _("(address hidden)") if loc.get("hide_address") else "")


def local_time(at: datetime) -> str:
    """Format a stored UTC time as Europe/London wall-clock time."""
    return at.replace(tzinfo=UTC).astimezone(LONDON).strftime("%Y-%m-%d %H:%M")


def label(field: str) -> str:
    """Return the plain name of a listing field."""
    return str(LABELS.get(field, field.replace("_", " ").capitalize()))


def readable_diff(before: dict | None, after: dict | None,
                  known: dict[str, str] | None = None) -> list[DiffRow]:
    """Return the fields that differ between two versions, in the order of the form."""
    return compare(before, after, known).changed


@dataclass(frozen=True)
class Comparison:
    """Two versions field by field: what differs, and what says the same in both."""

    changed: list[DiffRow]
    unchanged: list[DiffRow]  # ``after`` holds the value both say


def compare(before: dict | None, after: dict | None,
            known: dict[str, str] | None = None) -> Comparison:
    """Sort the fields of two versions into changed and unchanged, in the order of the form."""
    # A list in a new order says the same (same_value), and so do two kinds of empty.
    before, after = before or {}, after or {}
    order = list(LABELS) + [k for k in {**before, **after} if k not in LABELS]
    changed, unchanged = [], []
    for field in order:
        if field not in before and field not in after:
            continue
        old, new = before.get(field), after.get(field)
        if same_value(field, old, new) or (_blank(old) and _blank(new)):
            unchanged.append(DiffRow(field, label(field), "", readable(field, old, known)))
        else:
            changed.append(DiffRow(field, label(field), readable(field, old, known),
                                   readable(field, new, known)))
    return Comparison(changed, unchanged)


def details(after: dict | None) -> list[DiffRow]:
    """Return a moderation step's facts (request number, reason, note) as rows with no "before"."""
    return [DiffRow(k, label(k), "", readable(k, v)) for k, v in (after or {}).items()]


def pairs_to_rows(changed: dict, known: dict[str, str] | None = None,
                  ) -> list[DiffRow]:
    """Turn {field: (one, other)} (as StaleEdit.changed gives) into rows."""
    return [DiffRow(f, label(f), readable(f, a, known), readable(f, b, known))
            for f, (a, b) in changed.items()]


def _blank(value) -> bool:
    return value is None or value == "" or value == []
