"""What a listing shows, worked out from a Service: plain functions any page can reuse.

They return facts (booleans, dates, numbers, codes); templates turn them into words, so the
wording stays in one translated place (``templates/_macros.html``).
"""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from . import opening_hours, search
from .freshness import availability_is_current, today_in_london
from .freshness import is_stale as not_checked_recently
from .models import Location, Service

__all__ = ["availability_is_current", "not_checked_recently", "today_in_london"]

DIRECTIONS_URL = "https://www.openstreetmap.org/search?query={}"


def is_listed(service: Service | None) -> bool:
    """Say whether the public may see this listing (not pending, not retired)."""
    return service is not None and service.status in search.LISTED


def can_refer_self(service: Service) -> bool:
    """Say whether a young person can get in touch themselves."""
    return bool(service.self_referral)


def self_referral_age(service: Service) -> int | None:
    """Return the youngest age that can self-refer, when it differs from the service's minimum."""
    age = service.self_referral_min_age
    if not service.self_referral or age is None or age <= service.minimum_age:
        return None
    return age


def other_referral_routes(service: Service) -> list[str]:
    """Return the referral route codes other than the young person themselves."""
    return [route for route in service.referral_routes if route != "self"]


def open_now(service: Service, now: datetime | None = None) -> bool | None:
    """Say whether the service is open now; None when it has no opening hours."""
    if not service.schedules:
        return None
    return opening_hours.is_open(service.schedules, now)


def always_open(service: Service) -> bool:
    """Say whether the service is open 24 hours a day, every day."""
    return opening_hours.format_openings(service.schedules) == "24/7"


def weekly_hours(service: Service) -> list[tuple[int, list[tuple[str, str]]]]:
    """Return (weekday, [(opens, closes), …]) for Monday to Sunday; closed days have []."""
    days: dict[int, list[tuple[str, str]]] = {d: [] for d in range(7)}
    for schedule in sorted(service.schedules, key=lambda s: (s.weekday, s.opens_at)):
        days[schedule.weekday].append((schedule.opens_at, schedule.closes_at))
    return list(days.items())


def address_lines(location: Location) -> list[str]:
    """Return the address to show, or [] when it is given only on booking."""
    if location.hide_address:
        return []
    parts = (location.name, location.address, location.town, location.postcode)
    return [part for part in parts if part]


def directions_url(location: Location) -> str | None:
    """Return an OpenStreetMap link for the postcode, or None when the address is hidden."""
    if location.hide_address or not location.postcode:
        return None
    return DIRECTIONS_URL.format(quote(location.postcode))


def phone_href(number: str) -> str:
    """Return a tel: link for a phone number."""
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


def sms_href(number: str, body: str = "") -> str:
    """Return an sms: link, with a message ready to send when one is given."""
    href = "sms:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f"{href}?body={quote(body)}" if body else href


@dataclass(frozen=True)
class ListingFacts:
    """Everything time-dependent a listing page shows, worked out once."""

    open_now: bool | None
    always_open: bool
    availability_current: bool
    not_checked_recently: bool
    self_referral_age: int | None


def listing_facts(service: Service, now: datetime | None = None) -> ListingFacts:
    """Work out the time-dependent facts about a listing for this moment."""
    now = now or datetime.now(opening_hours.LONDON)
    today = now.astimezone(opening_hours.LONDON).date()
    return ListingFacts(
        open_now=open_now(service, now),
        always_open=always_open(service),
        availability_current=availability_is_current(service, today),
        not_checked_recently=not_checked_recently(service, today),
        self_referral_age=self_referral_age(service),
    )
