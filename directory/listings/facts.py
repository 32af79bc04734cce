"""What a listing shows, worked out from a Service: plain functions any page can reuse.

They return facts (booleans, dates, numbers, codes); templates turn them into words, so the
wording stays in one translated place (``templates/_macros.html``). Each label rule lives here
once, so cards, listing pages, options and the sheet never contradict each other.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from ..models import LISTED, Location, Service
from . import opening_hours
from .freshness import availability_is_current, today_in_london
from .freshness import is_stale as not_checked_recently

__all__ = ["availability_is_current", "not_checked_recently", "today_in_london"]

DIRECTIONS_URL = "https://www.openstreetmap.org/search?query={}"
# Ways of getting support that need no journey, in the order the labels list them.
REMOTE_MODES = ("phone", "online", "text")
# Numbers inside provider-written text, to make into links: "text SHOUT to 85258" (an sms: link
# with the word ready to send), a UK phone number, 116 numbers, and 999 or 111 after "call".
_TEXT_TO = re.compile(r"\btext\s+([A-Z][A-Z0-9]+)\s+to\s+(\d{5,6})\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\d£.,])(0\d{2,4}(?: ?\d){4,8}|116 ?\d{3})(?!\d)")
# "text 82111", "text a question to 82111": a short code with no word to send.
_TEXT_SHORT_CODE = re.compile(r"\btext(?:\s+(?:a|an|your)\s+\w+)?(?:\s+to)?\s+(\d{5,6})\b",
                              re.IGNORECASE)
_CALL = re.compile(r"\b(?:call|ring|dial|phone|nhs)\s+(999|111)\b", re.IGNORECASE)
# A cost-details sentence that only says again what the cost label says ("Free.").
_REPEATS_FREE = re.compile(r"^(?:it(?:'s| is) )?free(?: of charge)?\s*(?:[.!](?:\s+|$)|$)",
                           re.IGNORECASE)


def is_listed(service: Service | None) -> bool:
    """Say whether the public may see this listing (not pending, not retired)."""
    return service is not None and service.status in LISTED


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


def contact_route(service: Service) -> str:
    """Say who can get in touch directly: "self", "parent" (a parent or carer) or "referral"."""
    if service.self_referral:
        return "self"
    return "parent" if "parent" in service.referral_routes else "referral"


def remote_modes(service: Service) -> list[str]:
    """Return the ways to get support without a journey (phone, online, text) it offers."""
    return [mode for mode in REMOTE_MODES if mode in service.delivery_modes]


def remote_only(service: Service) -> bool:
    """Say whether every way of getting support is remote, so there is no place to go to."""
    modes = service.delivery_modes
    return bool(modes) and all(mode in REMOTE_MODES for mode in modes)


def cost_details(service: Service) -> str:
    """Return the cost details without a first sentence that only repeats "free"."""
    details = (service.cost_details or "").strip()
    return _REPEATS_FREE.sub("", details, count=1) if service.cost == "free" else details


def _number_spans(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, href) for each number in the text, first to last, not overlapping."""
    spans = [(m.start(2), m.end(2), sms_href(m.group(2), m.group(1).upper()))
             for m in _TEXT_TO.finditer(text)]
    spans += [(m.start(1), m.end(1), sms_href(m.group(1))) for m in _TEXT_SHORT_CODE.finditer(text)]
    spans += [(m.start(1), m.end(1), phone_href(m.group(1)))
              for pattern in (_PHONE, _CALL) for m in pattern.finditer(text)]
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def number_links(text: str) -> list[tuple[str, str]]:
    """Split provider text into (words, href) pieces, href a tel: or sms: link for each number."""
    pieces, at = [], 0
    for start, end, href in _number_spans(text or ""):
        pieces += [(text[at:start], ""), (text[start:end], href)]
        at = end
    pieces.append(((text or "")[at:], ""))
    return [piece for piece in pieces if piece[0]]


def open_now(service: Service, now: datetime | None = None) -> bool | None:
    """Say whether the service is open now; None without opening hours or while closed."""
    # Apps and websites have no hours; "Temporarily closed" says the rest.
    if not service.schedules or service.status != "active":
        return None
    return opening_hours.is_open(service.schedules, now)


def referrals_closed(service: Service, today=None) -> bool:
    """Say whether the service currently says it is not taking new referrals."""
    return (service.availability == "not-accepting"
            and availability_is_current(service, today))


def closed_to_new_people(service: Service, today=None) -> bool:
    """Say whether the service can't take anyone new just now (closed, or not taking referrals)."""
    return service.status == "temporarily-closed" or referrals_closed(service, today)


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
    contact_route: str = "referral"
    remote_only: bool = False
    referrals_closed: bool = False
    cost_details: str = ""


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
        contact_route=contact_route(service),
        remote_only=remote_only(service),
        referrals_closed=referrals_closed(service, today),
        cost_details=cost_details(service),
    )
