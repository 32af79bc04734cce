"""Run one search against a view of the index: match, filter, count, then rank a page.

Ranking (see docs/SEARCH.md):
- words, no place: BM25F relevance.
- words and a place: ``0.7 × relevance / best relevance + 0.3 × (1 − distance / radius)``.
- a place, no words: distance alone, nearest first.
- neither: alphabetical.
Services covering the searched local authority without an address rank as if half the radius
away. Each score is then multiplied by the listing's factors (``priors.py``: not confirmed for
12 months, or not for the people the search is about); in distance order the factor divides
the closeness instead (a penalised listing ranks as if further away). National services are
ranked apart (by relevance, else name), never by distance.
"""

import heapq
from dataclasses import dataclass, field
from operator import itemgetter

from . import lattice, priors
from .audience import YOUNG_PEOPLE
from .facets import Filters
from .geosearch import Geo, nearest
from .postings import members
from .scoring import score_within, term_bits, top_scores
from .textquery import parse

RELEVANCE_WEIGHT = 0.7
NATIONAL_LIMIT = 20
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
    factors: dict = field(default_factory=dict)  # docnum -> ranking factor, for the page


@dataclass
class Ranking:
    """What ranking one search needs: the words, the place, and the classes of factors."""

    view: object
    text: object
    geo: Geo | None
    matched: int
    today: object
    audiences: frozenset


def execute(view, params, point, now) -> Plan:
    """Search the view and return a ranked plan for one page."""
    plan = Plan()
    text = parse(view, params.q) if params.has_words else None
    if text is not None:
        plan.suggestion, plan.topics = text.suggestion, text.topics
    matched = term_bits(view, text) & view.live if text is not None else view.live
    national = view.bits("kind:national") & view.live
    geo = None
    if point is not None:
        key = (point.latitude, point.longitude, point.la_code, params.radius)
        geo = view.place(key, lambda: Geo(view, point, params.radius))
    local_scope = geo.bits if geo is not None else view.live & ~national
    scope = (local_scope | national) & matched
    filters = Filters(view, params, now)
    plan.facets = filters.counts(scope)
    allowed = filters.apply(scope)
    local_set, national_set = allowed & ~national, allowed & national
    plan.local_total, plan.national_total = local_set.bit_count(), national_set.bit_count()
    audiences = frozenset(params.audience) or (
        text.audiences if text is not None else frozenset({YOUNG_PEOPLE}))
    ranking = Ranking(view, text, geo, matched, now.date(), audiences)
    plan.national = _rank_national(ranking, national_set)
    wanted = params.page * params.per_page
    ranked = _rank_local(ranking, local_set, wanted)
    plan.local = [(d, score, miles) for d, score, miles, _ in
                  ranked[(params.page - 1) * params.per_page:wanted]]
    plan.factors = {d: factor for d, _, _, factor in ranked}
    return plan


def _rank_national(ranking: Ranking, national_set: int) -> list:
    """Rank national services by factored relevance (else A–Z), never by distance."""
    view, text = ranking.view, ranking.text
    if text is None:
        return [(d, 0.0) for d in _alphabetical(view, national_set, NATIONAL_LIMIT)]
    scores = score_within(view, text, set(members(national_set)))
    for factor, bits in priors.classes(view, national_set, ranking.today, ranking.audiences):
        if factor < 1:
            for d in members(bits):
                if d in scores:
                    scores[d] *= factor
    return heapq.nlargest(NATIONAL_LIMIT, scores.items(), key=itemgetter(1))


def _rank_local(ranking: Ranking, local_set: int, wanted: int) -> list:
    """Return the best ``wanted`` local documents as (doc, score, miles, factor)."""
    view, text, geo = ranking.view, ranking.text, ranking.geo
    if not local_set or wanted <= 0:
        return []
    if text is None and geo is None:
        return [(d, 0.0, None, 1.0) for d in _alphabetical(view, local_set, wanted)]
    classes = priors.classes(view, local_set, ranking.today, ranking.audiences)
    factors = priors.Factors(classes)
    if text is None:  # nearest first, a penalised listing as if further away
        ranked = nearest(geo, local_set, wanted, factors.of)
    else:
        best = _best(view, text, local_set) if geo is not None else None
        ranked = _walk(ranking, local_set, wanted, classes, best)
        if ranked is None:
            ranked = []
            for factor, bits in classes:
                ranked += _score_class(ranking, bits, wanted, factor, best)
            ranked = heapq.nlargest(wanted, ranked, key=itemgetter(1))
    return [(d, score, miles, factors.of(d)) for d, score, miles in ranked]


def _walk(ranking: Ranking, local_set: int, wanted: int, classes, best) -> list | None:
    """Rank every class at once by walking the lattice, or None when the walk gives up."""
    view, text, geo = ranking.view, ranking.text, ranking.geo
    if geo is not None:
        return lattice.top_blended(view, text, wanted, local_set, geo, RELEVANCE_WEIGHT, best,
                                   classes)
    found = lattice.top(view, text, wanted, local_set, classes)
    if found is None:
        return None
    return [(d, s, None) for d, s in heapq.nlargest(wanted, found.items(), key=itemgetter(1))]


def _score_class(ranking: Ranking, bits: int, wanted: int, factor: float, best) -> list:
    """Rank one class of documents from their postings; scores are times the class's factor."""
    view, text, geo = ranking.view, ranking.text, ranking.geo
    scores = _scores(view, text, ranking.matched, bits, wanted, every=geo is not None)
    if geo is None:
        return [(d, s * factor, None)
                for d, s in heapq.nlargest(wanted, scores.items(), key=itemgetter(1))]
    return [(d, s * factor, miles) for d, s, miles in _blend(scores, geo, wanted, best)]


def _best(view, text, local_set: int) -> float:
    """Return the highest relevance among the local documents (the blend's yardstick)."""
    found = lattice.best(view, text, local_set)
    if found is None:
        found = max(score_within(view, text, set(members(local_set))).values(), default=0.0)
    return found or 1.0


def _scores(view, text, matched: int, local_set: int, wanted: int, every: bool = False):
    """Return scores from postings for local documents holding the first ``wanted`` (all of
    them when ``every``, as the distance blend needs): one by one when few, else with
    MaxScore pruning. (The lattice walk, tried first, usually answers in a millisecond.)
    """
    count = local_set.bit_count()
    if every or (count * 4 < matched.bit_count() and count <= RESTRICT_LIMIT):
        return score_within(view, text, set(members(local_set)))
    exclude = set(members(matched & ~local_set))
    return top_scores(view, text, wanted, exclude | view.deleted)


def _blend(scores: dict[int, float], geo: Geo, wanted: int, best: float) -> list:
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
