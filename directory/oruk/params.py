"""The feed's query parameters: paging and filters, checked, with the 400 they raise."""

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from .ids import is_uuid

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
MAX_PAGE = 1_000_000
MAX_PROXIMITY = 1_000_000  # metres
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


class FeedParamError(ValueError):
    """A parameter is wrong: ``code``, ``message`` and ``field`` make the 400 answer."""

    def __init__(self, field: str, message: str, code: str = "invalid_parameter"):
        super().__init__(message)
        self.field, self.message, self.code = field, message, code


@dataclass(frozen=True)
class PageRequest:
    """Which page, and how long pages are."""

    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @property
    def offset(self) -> int:
        """Return how many items come before this page."""
        return (self.page - 1) * self.per_page


def page_request(args) -> PageRequest:
    """Read ``page`` (1 to a million) and ``per_page`` (1 to 100, default 50)."""
    page = _whole(args, "page", 1, 1, MAX_PAGE)
    return PageRequest(page, _whole(args, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE))


def page_doc(contents: list, total: int, request: PageRequest) -> dict:
    """Return an ORUK page: a page past the end is empty, not an error."""
    pages = max(1, math.ceil(total / request.per_page))
    return {"total_items": total, "total_pages": pages, "page_number": request.page,
            "size": len(contents), "first_page": request.page == 1,
            "last_page": request.page >= pages, "empty": not contents, "contents": contents}


@dataclass(frozen=True)
class ServiceFilters:
    """What a reader asked the service lists for; every filter narrows (AND)."""

    search: str = ""
    taxonomy_term_id: str | None = None
    taxonomy_id: str | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    organization_id: str | None = None
    modified_after: datetime | None = None
    day: str | None = None
    start_time: str | None = None
    end_time: str | None = None


def service_filters(args) -> ServiceFilters:
    """Read the service filters; raise FeedParamError naming the bad one."""
    day = (args.get("day") or "").strip().upper()[:2] or None
    if day is not None and day not in DAYS:
        raise FeedParamError("day", "day should be a day of the week, e.g. MO or Monday")
    return ServiceFilters(
        search=" ".join((args.get("search") or "").split())[:200],
        taxonomy_term_id=_uuid(args, "taxonomy_term_id"),
        taxonomy_id=_uuid(args, "taxonomy_id"),
        minimum_age=_number(args, "minimum_age"),
        maximum_age=_number(args, "maximum_age"),
        organization_id=_uuid(args, "organization_id"),
        modified_after=_moment(args, "modified_after"),
        day=day, start_time=_time(args, "start_time"), end_time=_time(args, "end_time"),
    )


def proximity(args) -> tuple[str, float | None]:
    """Read ``postcode`` and ``proximity`` (metres, which needs a postcode)."""
    postcode = " ".join((args.get("postcode") or "").split())[:20]
    metres = _number(args, "proximity")
    if metres is not None and not 0 < metres <= MAX_PROXIMITY:
        raise FeedParamError("proximity", f"proximity is in metres, above 0 and at most "
                                          f"{MAX_PROXIMITY:,}")
    if metres is not None and not postcode:
        raise FeedParamError("proximity", "proximity needs a postcode to measure from")
    return postcode, metres


def _whole(args, name: str, default: int, low: int, high: int) -> int:
    text = (args.get(name) or "").strip()
    if not text:
        return default
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise FeedParamError(name, f"{name} should be a whole number from {low} to {high:,}")
    return int(text)


def _number(args, name: str) -> float | None:
    text = (args.get(name) or "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise FeedParamError(name, f"{name} should be a number") from None
    if not math.isfinite(value) or value < 0:
        raise FeedParamError(name, f"{name} should be a number of at least 0")
    return value


def _uuid(args, name: str) -> str | None:
    text = (args.get(name) or "").strip().lower()
    if text and not is_uuid(text):
        raise FeedParamError(name, f"{name} should be a UUID")
    return text or None


def _moment(args, name: str) -> datetime | None:
    text = (args.get(name) or "").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise FeedParamError(name, f"{name} should be a date-time such as "
                                   "2026-01-31T09:00:00Z") from None


def _time(args, name: str) -> str | None:
    text = (args.get(name) or "").strip()
    if not text:
        return None
    if not _TIME.match(text):
        raise FeedParamError(name, f"{name} should be a time such as 09:30")
    return text[:5]

