"""Search parameters: read from a query string, checked, and turned back into links."""

import math
from dataclasses import dataclass, field, replace

from flask_babel import gettext as _

from directory.vocabulary import fixed, thrive

DEFAULT_RADIUS = 5.0
MAX_RADIUS = 100.0
MAX_AGE = 25
PER_PAGE = 20
MAX_PAGE = 500
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


class SearchParamError(ValueError):
    """A search parameter is wrong; ``code``, ``message`` and ``field`` go into the 400 answer."""

    def __init__(self, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


@dataclass
class SearchParams:
    """What someone searched for, already checked."""

    q: str = ""
    location: str = ""
    radius: float = DEFAULT_RADIUS
    groupings: list[str] = field(default_factory=list)
    age: int | None = None
    delivery: list[str] = field(default_factory=list)
    audience: list[str] = field(default_factory=list)
    cost_free: bool = False
    self_referral: bool = False
    open_now: bool = False
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_args(cls, args) -> "SearchParams":
        """Read the parameters of a query string (a MultiDict); raise SearchParamError."""
        return cls(
            q=" ".join((args.get("q") or "").split())[:200],
            location=" ".join((args.get("location") or "").split())[:100],
            radius=_radius(args.get("radius")),
            groupings=_choices(args.getlist("grouping"), thrive.CODES, "grouping",
                               _("'%(value)s' is not one of the five THRIVE groupings.")),
            age=_age(args.get("age")),
            delivery=_choices(args.getlist("delivery"), fixed.DELIVERY_MODES, "delivery",
                              _("'%(value)s' is not a way of getting support: choose in-person, "
                                "online, phone, text or home-visit.")),
            audience=_choices(args.getlist("audience"), fixed.AUDIENCES, "audience",
                              _("'%(value)s' is not who a service can be for: choose "
                                "young-people, parents-carers or professionals.")),
            cost_free=_cost(args.get("cost")),
            self_referral=_flag(args.get("self_referral"), "self_referral"),
            open_now=_flag(args.get("open_now"), "open_now"),
            page=_page(args.get("page")),
        )

    @property
    def has_words(self) -> bool:
        """Say whether words were given."""
        return bool(self.q.strip())

    @property
    def is_empty(self) -> bool:
        """Say whether nothing at all was asked for (no words, place or filter)."""
        return not (self.q or self.location or self.groupings or self.age is not None
                    or self.delivery or self.audience or self.cost_free or self.self_referral
                    or self.open_now)

    def to_query(self, **changes) -> dict:
        """Return URL parameters for these params with changes (a new filter goes to page 1)."""
        if changes and "page" not in changes:
            changes["page"] = 1
        p = replace(self, **changes)
        query: dict = {}
        if p.q:
            query["q"] = p.q
        if p.location:
            query["location"] = p.location
        if p.radius != DEFAULT_RADIUS:
            query["radius"] = format_miles(p.radius)
        if p.groupings:
            query["grouping"] = list(p.groupings)
        if p.age is not None:
            query["age"] = p.age
        if p.delivery:
            query["delivery"] = list(p.delivery)
        if p.audience:
            query["audience"] = list(p.audience)
        if p.cost_free:
            query["cost"] = "free"
        if p.self_referral:
            query["self_referral"] = "1"
        if p.open_now:
            query["open_now"] = "1"
        if p.page > 1:
            query["page"] = p.page
        return query

    def as_json(self) -> dict:
        """Return the parameters as the JSON API echoes them."""
        return {
            "q": self.q, "location": self.location, "radius": self.radius,
            "grouping": list(self.groupings), "age": self.age, "delivery": list(self.delivery),
            "audience": list(self.audience),
            "cost": "free" if self.cost_free else None, "self_referral": self.self_referral,
            "open_now": self.open_now, "page": self.page,
        }

    def toggled(self, name: str, value) -> dict:
        """Return URL parameters with a list filter's value switched on or off."""
        current = list(getattr(self, name))
        changed = [v for v in current if v != value] if value in current else current + [value]
        return self.to_query(**{name: changed})


def format_miles(miles: float) -> str:
    """Format a radius without a needless ".0" (5.0 gives "5")."""
    return f"{miles:g}"


def _radius(text) -> float:
    if text is None or not str(text).strip():
        return DEFAULT_RADIUS
    try:
        miles = float(str(text).strip())
    except ValueError:
        raise SearchParamError("invalid_radius", _("The distance must be a number of miles, "
                               "such as 5."), "radius") from None
    if not math.isfinite(miles) or miles <= 0 or miles > MAX_RADIUS:
        message = _("The distance must be more than 0 and no more than %(most)s miles.",
                    most=format_miles(MAX_RADIUS))
        raise SearchParamError("invalid_radius", message, "radius")
    return miles


def _choices(values, allowed, name: str, message: str) -> list[str]:
    chosen = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        if value not in allowed:
            raise SearchParamError(f"unknown_{name}", message % {"value": value[:40]}, name)
        if value not in chosen:
            chosen.append(value)
    return chosen


def _age(text) -> int | None:
    if text is None or not str(text).strip():
        return None
    try:
        age = int(str(text).strip())
    except ValueError:
        age = -1
    if not 0 <= age <= MAX_AGE:
        raise SearchParamError("invalid_age", _("The age must be a whole number from 0 to "
                               "%(most)s.", most=MAX_AGE), "age")
    return age


def _cost(text) -> bool:
    value = (text or "").strip().lower()
    if value not in ("", "free"):
        raise SearchParamError("invalid_cost", _("The cost filter can only be 'free'."), "cost")
    return value == "free"


def _flag(text, name: str) -> bool:
    value = (text or "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SearchParamError(f"invalid_{name}", _("Use 1 to switch this filter on."), name)


def _page(text) -> int:
    if text is None or not str(text).strip():
        return 1
    try:
        page = int(str(text).strip())
    except ValueError:
        page = 0
    if not 1 <= page <= MAX_PAGE:
        raise SearchParamError("invalid_page", _("The page must be a whole number from 1 to "
                               "%(most)s.", most=MAX_PAGE), "page")
    return page

