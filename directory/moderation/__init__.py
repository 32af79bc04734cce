"""Moderation: what providers propose and the public reports, and the moderators' decisions.

What it offers: change requests, their approval and rejection, and the quick availability
update that skips them (``changes``, re-exported here); claims on unclaimed listings
(``claims``); conflicts with edits published meanwhile (``conflicts``); problem reports
(``problem_reports``); confirmation reminders (``reminders``); the moderators' forms
(``forms``).
"""

from .changes import (
    STAFF_ROLES,
    AlreadyDecided,
    ChangeConflict,
    Editing,
    actor_for,
    approve_change,
    editing,
    find_conflict,
    member_accounts,
    new_listings_need_review,
    notify_problem_report,
    pending_change,
    proposed_input,
    publish_availability,
    publishes_directly,
    reject_change,
    resolve_problem,
    submit_edit,
    submit_new_listing,
)

__all__ = [
    "Editing",
    "editing",
    "new_listings_need_review",
    "AlreadyDecided",
    "ChangeConflict",
    "STAFF_ROLES",
    "actor_for",
    "approve_change",
    "find_conflict",
    "member_accounts",
    "notify_problem_report",
    "pending_change",
    "proposed_input",
    "publish_availability",
    "publishes_directly",
    "reject_change",
    "resolve_problem",
    "submit_edit",
    "submit_new_listing",
]
