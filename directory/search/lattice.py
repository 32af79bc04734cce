"""Exact top-k by walking the lattice of term levels, best first, with bitsets.

Each term's postings are grouped into bitsets by weight ("levels"), so a document's relevance
is fixed by which level of each term it is in (or none). Combinations of levels are visited
in decreasing order of score (a heap over the lattice), and the documents of a combination
are one AND of bitsets away: the cost follows the number of combinations tried, not the
length of the posting lists. Level bitsets are cached per segment, so this is fast once warm.
"""

import heapq

from .postings import STRONG, members
from .scoring import COMPLETE_LIMIT, complete, table_for, terms

MAX_STEPS = 1_500  # combinations tried before giving up (the caller then scores in full)
LATTICE_TERMS = 6  # with more terms, the words of recognised phrases are added by look-ups


class TooLong(Exception):
    """The walk would try too many combinations."""


class _Only:
    """A stand-in query holding some of another query's terms."""

    def __init__(self, selected: dict):
        self.terms = selected


def _options(view, query, minor_allowed: bool):
    """Return per-term [(contribution, bitset)] choices (heaviest first, then "absent"),
    and the minor terms left out of the lattice."""
    options, minor = [], {}
    for (field, term), boost in query.terms.items():
        if field == STRONG and minor_allowed and len(query.terms) > LATTICE_TERMS:
            minor[(field, term)] = boost
            continue
        levels = view.levels(term, field)
        if levels:
            matching = view.bits(term, field)
            table = table_for(view, field, term, boost, matching.bit_count())
            options.append([(table[w], bits) for w, bits in levels] + [(0.0, ~matching)])
    return options, minor


def combinations(options, allowed: int):
    """Yield (score, bitset) for non-empty level combinations within allowed, best first."""
    if not options:
        return
    start = (0,) * len(options)
    heap = [(-sum(o[0][0] for o in options), start)]
    seen = {start}
    for _ in range(MAX_STEPS):
        if not heap:
            return
        negative, choice = heapq.heappop(heap)
        if negative >= 0:
            return
        bits = allowed
        for term_options, i in zip(options, choice, strict=True):
            bits &= term_options[i][1]
            if not bits:
                break
        if bits:
            yield -negative, bits
        for t, i in enumerate(choice):
            if i + 1 < len(options[t]):
                following = choice[:t] + (i + 1,) + choice[t + 1:]
                if following not in seen:
                    seen.add(following)
                    heapq.heappush(heap, (negative + options[t][i][0] - options[t][i + 1][0],
                                          following))
    raise TooLong


def top(view, query, k: int, allowed: int) -> dict[int, float] | None:
    """Return exact relevance for a set of allowed documents holding the best k, or None.

    With many terms, minor terms stay out of the lattice: documents within their most
    possible contribution ("slack") of the k-th best are collected, then completed.
    """
    options, minor = _options(view, query, minor_allowed=True)
    minor_terms = list(terms(view, _Only(minor)))
    slack = sum(most for *_, most in minor_terms)
    found: dict[int, float] = {}
    floor = None
    try:
        for score, bits in combinations(options, allowed):
            if floor is not None and score < floor:
                break
            for d in members(bits):
                found[d] = score
            if floor is None and len(found) >= k:
                if slack >= score:
                    return None  # a document matching only minor terms could still rank
                floor = score - slack
            if len(found) > COMPLETE_LIMIT:
                return None
    except TooLong:
        return None
    if slack and (floor is None or not found):
        return None
    if minor_terms:
        found = complete(view, [(f, t) for f, t, _ in minor_terms], found)
    return found


def top_blended(view, query, k: int, allowed: int, distance, radius: float, weight: float):
    """Return the best k allowed documents by ``weight × relevance / best + (1 − weight) ×
    (1 − distance / radius)`` as [(doc, blended, miles)], or None to score in full."""
    options, _ = _options(view, query, minor_allowed=False)
    best = None
    heap: list = []  # the best k so far: (blended, -doc, miles), smallest first
    try:
        for score, bits in combinations(options, allowed):
            best = best or score
            if len(heap) >= k and weight * score / best + (1 - weight) < heap[0][0]:
                break
            for d in members(bits):
                miles = distance(d)
                entry = (weight * score / best + (1 - weight) * (1 - miles / radius), -d, miles)
                if len(heap) < k:
                    heapq.heappush(heap, entry)
                elif entry > heap[0]:
                    heapq.heapreplace(heap, entry)
    except TooLong:
        return None
    return [(-nd, blended, miles) for blended, nd, miles in sorted(heap, reverse=True)]
