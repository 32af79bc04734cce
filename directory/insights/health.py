"""Data health: how recently listings were confirmed, and who is full or closed to referrals.

Counted over the published services of the report's areas (each once), by grouping, with the
national services in a row of their own. These count services, not people: nothing is
suppressed.
"""

from dataclasses import dataclass
from datetime import date

from ..listings import freshness
from ..vocabulary import thrive
from .listed import Listed
from .scope import Scope

ALL_LOCAL = "local"
NATIONAL = "national"


@dataclass
class HealthRow:
    """One row of the data-health table."""

    key: str  # a grouping code, ALL_LOCAL or NATIONAL
    services: int = 0
    confirmed_6_months: int = 0
    confirmed_12_months: int = 0
    waiting_list: int = 0
    longest_wait_weeks: int | None = None
    not_taking_referrals: int = 0
    temporarily_closed: int = 0

    def add(self, service: Listed, today: date) -> None:
        """Count one service in this row."""
        self.services += 1
        checked = service.assured_date
        self.confirmed_6_months += checked is not None and checked > freshness.reminder_cutoff(
            today)
        self.confirmed_12_months += checked is not None and checked >= freshness.stale_cutoff(
            today)
        stands = freshness.availability_is_current(service, today)  # reads only the expiry
        if stands and service.availability == "waiting-list":
            self.waiting_list += 1
            if service.wait_weeks is not None:
                self.longest_wait_weeks = max(self.longest_wait_weeks or 0, service.wait_weeks)
        self.not_taking_referrals += stands and service.availability == "not-accepting"
        self.temporarily_closed += service.status == "temporarily-closed"

    def share(self, part: int) -> int | None:
        """Return ``part`` as a whole percentage of the services (None when there are none)."""
        return round(100 * part / self.services) if self.services else None


def data_health(services: list[Listed], scope: Scope, today: date) -> list[HealthRow]:
    """Return one row per grouping for the areas' services, then all of them, then national."""
    codes = set(scope.codes)
    rows = {code: HealthRow(code) for code in thrive.CODES}
    every, national = HealthRow(ALL_LOCAL), HealthRow(NATIONAL)
    for service in services:
        if service.national:
            national.add(service, today)
            continue
        if not codes & service.areas:
            continue
        every.add(service, today)
        for code in service.groupings & rows.keys():
            rows[code].add(service, today)
    return [*rows.values(), every, national]
