"""Run one search against a view of the index: match, filter, count, then rank a page.

Ranking (see docs/SEARCH.md):
- words, no place: BM25F relevance.
- words and a place: ``0.7 × relevance / best relevance + 0.3 × (1 − distance / radius)``.
- a place, no words: distance alone, nearest first.
- neither: alphabetical.
Services covering the searched local authority without an address rank as if half the radius
away. Listings not confirmed by their provider for 12 months (directory.freshness.is_stale) rank
after all confirmed ones, in the same order among themselves. National services are ranked
apart (by relevance, else name), never by distance.
"""

import heapq
from dataclasses import dataclass, field
from operator import itemgetter

from ..freshness import stale_cutoff
from . import lattice
from .facets import Filters
from .geosearch import Geo, nearest
from .postings import members
from .scoring import score_within, term_bits, top_scores
from .textquery import parse

RELEVANCE_WEIGHT = 0.7
NATIONAL_LIMIT = 20
FIRST_YEAR = 1990  # no listing was confirmed before this
RESTRICT_LIMIT = 60_000  # score only the allowed documents when there are at most this many


@dataclass
class Plan:
    """The outcome of a search in index terms: ranked documents, totals and facet counts."""

    local: list = field(default_factory=list)  # (docnum, score, distance or None) for the page
    national: list = field(default_factory=list)  # (docnum, score)
    local_total: int = 0
    national_total: int = 0
    facets: dict = field(default_factory=dict)
    suggestion: str | None = None
    topics: list = field(default_factory=list)


def execute(view, params, point, now) -> Plan:
    """Search the view and return a ranked plan for one page."""
    plan = Plan()
    text = parse(view, params.q) if params.has_words else None
    if text is not None:
        plan.suggestion, plan.topics = text.suggestion, text.topics
    matched = term_bits(view, text) & view.live if text is not None else view.live
    national = view.bits("kind:national") & view.live
    geo = Geo(view, point, params.radius) if point is not None else None
    local_scope = geo.bits if geo is not None else view.live & ~national
    scope = (local_scope | national) & matched
    filters = Filters(view, params, now)
    plan.facets = filters.counts(scope)
    allowed = filters.apply(scope)
    local_set, national_set = allowed & ~national, allowed & national
    plan.local_total, plan.national_total = local_set.bit_count(), national_set.bit_count()
    wanted = params.page * params.per_page
    if text is not None:
        national_scores = score_within(view, text, set(members(national_set)))
        plan.national = heapq.nlargest(NATIONAL_LIMIT, national_scores.items(), key=itemgetter(1))
    else:
        plan.national = [(d, 0.0) for d in _alphabetical(view, national_set, NATIONAL_LIMIT)]
    # Listings not confirmed for 12 months rank after the ones their providers keep up to date.
    stale = local_set & stale_bits(view, now.date())
    ranked = _rank_local(view, text, geo, matched, local_set & ~stale, wanted)
    if stale and len(ranked) < wanted:
        ranked += _rank_local(view, text, geo, matched, stale, wanted - len(ranked))
    plan.local = ranked[(params.page - 1) * params.per_page:wanted]
    return plan


def _rank_local(view, text, geo, matched: int, local_set: int, wanted: int) -> list:
    """Rank local documents: by relevance (blended with distance near a place), else nearest."""
    if not local_set or wanted <= 0:
        return []
    if text is None:
        return nearest(geo, local_set, wanted) if geo is not None else \
            [(d, 0.0, None) for d in _alphabetical(view, local_set, wanted)]
    ranked = None
    if geo is not None:
        ranked = lattice.top_blended(view, text, wanted, local_set, geo.distance,
                                     geo.miles, RELEVANCE_WEIGHT)
    if ranked is None:
        scores = _scores(view, text, matched, local_set, wanted, every=geo is not None)
        ranked = _blend(scores, geo, wanted) if geo is not None else [
            (d, s, None) for d, s in heapq.nlargest(wanted, scores.items(), key=itemgetter(1))]
    return ranked


def stale_bits(view, today) -> int:
    """Return the documents last confirmed before the 12-month cutoff (or never), cached."""
    cutoff = stale_cutoff(today)
    key = ("stale", cutoff)
    found = view._bits.get(key)
    if found is not None:
        return found
    terms = ["assured:never"]
    terms += [f"assured:{year}" for year in range(FIRST_YEAR, cutoff.year)]
    terms += [f"assured:{cutoff.year}-{month:02d}" for month in range(1, cutoff.month)]
    terms += [f"assured:{cutoff:%Y-%m}-{day:02d}" for day in range(1, cutoff.day)]
    found = 0
    for reader, data, offset in view.leaves:
        for term in terms:
            found |= data.term_bits(reader, term, "facet") << offset
    view._bits.keep(key, found)
    return found


def _scores(view, text, matched: int, local_set: int, wanted: int, every: bool = False):
    """Return scores for a set of local documents holding the first ``wanted`` (all of them
    when ``every``, as the distance blend needs).

    The lattice walk usually answers in a millisecond or two; when it gives up, documents are
    scored from their postings: one by one when few, else with MaxScore pruning.
    """
    found = None if every else lattice.top(view, text, wanted, local_set)
    if found is not None:
        return found
    count = local_set.bit_count()
    if every:
        return score_within(view, text, set(members(local_set)))
    if count * 4 < matched.bit_count() and count <= RESTRICT_LIMIT:
        return score_within(view, text, set(members(local_set)))
    exclude = set(members(matched & ~local_set))
    return top_scores(view, text, wanted, exclude | view.deleted)


def _blend(scores: dict[int, float], geo: Geo, wanted: int) -> list:
    if not scores:
        return []
    best = max(scores.values()) or 1.0
    radius = geo.miles
    ranked = []
    for d, relevance in scores.items():
        miles = geo.distance(d)
        blended = (RELEVANCE_WEIGHT * relevance / best
                   + (1 - RELEVANCE_WEIGHT) * (1 - miles / radius))
        ranked.append((d, blended, miles))
    return heapq.nlargest(wanted, ranked, key=itemgetter(1))


def _alphabetical(view, bits: int, wanted: int) -> list[int]:
    return heapq.nsmallest(wanted, members(bits), key=view.names().__getitem__)
