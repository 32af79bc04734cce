"""Filters and facet counts as bitset arithmetic over cached keyword-term bitsets.

Counts are "drill sideways": a family's counts apply every other active filter but not its own,
so ticking one grouping still shows how many results the other groupings would add.
"""

from datetime import datetime

from directory.listings.opening_hours import Opening, is_open
from directory.vocabulary import fixed, thrive

from ..params import MAX_AGE
from .documents import schedule_from_term
from .priors import audience_bits

FAMILIES = ("grouping", "age_band", "delivery", "audience", "cost", "self_referral", "open_now")


def age_bits(view, age: int) -> int:
    """Return services whose age range contains age (ages are indexed as terms, not numbers)."""
    return band_bits(view, age, age)


def band_bits(view, low: int, high: int) -> int:
    """Return services whose age range overlaps low … high."""
    def compute():
        starts = view.any_bits(f"amin:{a}" for a in range(0, high + 1))
        ends = view.any_bits(f"amax:{a}" for a in range(low, MAX_AGE + 1))
        return starts & ends

    return view.cached(("ages", low, high), compute)


def open_bits(view, now: datetime) -> int:
    """Return services open at this moment (Europe/London), from their schedule terms."""
    def compute():
        result = 0
        for reader, data, offset in view.leaves:
            if data.schedules is None:
                data.schedules = [
                    (term, [Opening(*o) for o in schedule_from_term(term)])
                    for term in _terms(reader.expand_prefix("facet", "h:"))]
            for term, openings in data.schedules:
                if is_open(openings, now):
                    result |= data.term_bits(reader, term) << offset
        return result

    return view.cached(("open", now.strftime("%Y-%m-%d %H:%M")), compute)


def _terms(found):
    return [t.decode() if isinstance(t, bytes) else t for t in found]


class Filters:
    """The active filters of a search, one bitset per facet family."""

    def __init__(self, view, params, now: datetime):
        self.view = view
        self.now = now
        self.active: dict[str, int] = {}
        if params.groupings:
            self.active["grouping"] = view.any_bits(f"g:{code}" for code in params.groupings)
        if params.age is not None:
            self.active["age_band"] = age_bits(view, params.age)
        if params.delivery:
            self.active["delivery"] = view.any_bits(f"d:{mode}" for mode in params.delivery)
        if params.audience:
            self.active["audience"] = audience_bits(view, params.audience)
        if params.cost_free:
            self.active["cost"] = view.bits("cost:free")
        if params.self_referral:
            self.active["self_referral"] = view.bits("self:1")
        if params.open_now:
            self.active["open_now"] = open_bits(view, now)

    def apply(self, bits: int, skip: str | None = None) -> int:
        """Return bits narrowed by every active filter (but the ``skip`` family)."""
        for family, allowed in self.active.items():
            if family != skip:
                bits &= allowed
        return bits

    def values(self, family: str) -> dict[str, int]:
        """Return {facet value: bitset} for one family."""
        view = self.view
        if family == "grouping":
            return {code: view.bits(f"g:{code}") for code in thrive.CODES}
        if family == "age_band":
            return {label: band_bits(view, low, high) for label, low, high in fixed.AGE_BANDS}
        if family == "delivery":
            return {mode: view.bits(f"d:{mode}") for mode in fixed.DELIVERY_MODES}
        if family == "audience":
            return {who: audience_bits(view, (who,)) for who in fixed.AUDIENCES}
        if family == "cost":
            return {cost: view.bits(f"cost:{cost}") for cost in fixed.COSTS}
        if family == "self_referral":
            return {"yes": view.bits("self:1")}
        return {"yes": open_bits(view, self.now)}

    def counts(self, scope: int) -> dict[str, dict[str, int]]:
        """Return facet counts over scope, each family counted without its own filter."""
        counts = {}
        for family in FAMILIES:
            base = self.apply(scope, skip=family)
            counts[family] = {value: (base & bits).bit_count()
                              for value, bits in self.values(family).items()}
        return counts
