"""Is a listing still fresh? Pure helpers for reminders, the "not checked recently" label and
whether an availability statement still stands.

A listing is due a reminder 6 months after its provider last confirmed it, and is "not checked
recently" (labelled on public pages, ranked lower in search) after 12 months. A listing nobody
has ever confirmed counts as not checked recently.
"""

import calendar
from datetime import date, datetime

from ..models import LISTED, Service
from . import opening_hours

REMINDER_MONTHS = 6
STALE_MONTHS = 12
# Only listings the public can see need keeping fresh (pending and retired ones do not).


def today_in_london() -> date:
    """Return today's date in Europe/London time."""
    return datetime.now(opening_hours.LONDON).date()


def months_before(day: date, months: int) -> date:
    """Return the same day ``months`` calendar months earlier (clamped to the month's end)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def reminder_cutoff(today: date | None = None) -> date:
    """Return the date on or before which a confirmation is due a reminder."""
    return months_before(today or today_in_london(), REMINDER_MONTHS)


def stale_cutoff(today: date | None = None) -> date:
    """Return the date before which a confirmation no longer counts as recent."""
    return months_before(today or today_in_london(), STALE_MONTHS)


def is_stale(service: Service, today: date | None = None) -> bool:
    """Say whether the listing was last confirmed over 12 months ago (or never)."""
    checked = service.assured_date
    return checked is None or checked < stale_cutoff(today)


def needs_reminder(service: Service, today: date | None = None) -> bool:
    """Say whether a live listing has gone 6 months (or more) without being confirmed."""
    if service.status not in LISTED:
        return False
    checked = service.assured_date
    return checked is None or checked <= reminder_cutoff(today)


def reminder_kind(service: Service, today: date | None = None) -> str | None:
    """Return which reminder a listing is due ("twelve-months", "six-months") or None."""
    if not needs_reminder(service, today):
        return None
    return "twelve-months" if is_stale(service, today) else "six-months"


def availability_is_current(service: Service, today: date | None = None) -> bool:
    """Say whether the availability statement still stands (it lapses after its expiry date)."""
    expires = service.availability_expires
    return expires is None or (today or today_in_london()) <= expires
