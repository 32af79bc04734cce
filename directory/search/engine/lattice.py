"""Exact top-k by walking the lattice of term levels, best first, with bitsets.

Each term's postings are grouped into bitsets by weight ("levels"), so a document's relevance
is fixed by which level of each term it is in (or none). Combinations of levels are visited
in decreasing order of score (a heap over the lattice), and the documents of a combination
are one AND of bitsets away: the cost follows the number of combinations tried, not the
length of the posting lists. Level bitsets are cached per segment, so this is fast once warm.
"""

import heapq

from .postings import is_strong, members
from .scoring import COMPLETE_LIMIT, complete, table_for, terms

MAX_STEPS = 1_500  # combinations tried before giving up (the caller then scores in full)
LATTICE_TERMS = 6  # with more terms, the words of recognised phrases are added by look-ups


class TooLong(Exception):
    """The walk would try too many combinations."""


class _Only:
    """A stand-in query holding some of another query's terms."""

    def __init__(self, selected: dict):
        self.terms = selected


def _options(view, query, minor_allowed: bool, allowed: int):
    """Return per-term [(contribution, bitset)] choices (heaviest first, then "absent"),
    and the minor terms left out of the lattice.

    Each choice holds only allowed documents, and a choice with none is left out: a search
    near a place allows a few thousand documents, most of a term's levels hold none of them,
    and every level left out is a slice of the lattice never walked. A term no allowed document
    has adds nothing to any score, and is left out whole.
    """
    options, minor = [], {}
    for (field, term), boost in query.terms.items():
        if is_strong(field) and minor_allowed and len(query.terms) > LATTICE_TERMS:
            minor[(field, term)] = boost
            continue
        levels = view.levels(term, field)
        if levels:
            matching = view.bits(term, field)
            table = table_for(view, field, term, boost, matching.bit_count())
            choices = [(table[w], bits & allowed) for w, bits in levels]
            choices = [choice for choice in choices if choice[1]]
            if choices:
                options.append(choices + [(0.0, ~matching & allowed)])
    return options, minor


def combinations(options, allowed: int, classes=None, rank=None):
    """Yield (factor, score, bitset) for non-empty level combinations within allowed, best
    ``rank(factor, score)`` first.

    ``classes`` are (factor, bitset) pairs, heaviest factor first (``priors.classes``); the
    walk is over combinations × classes, so one walk ranks every class. ``rank`` must grow with
    both factor and score (the default is their product).
    """
    if not options:
        return
    classes = classes or [(1.0, allowed)]
    rank = rank or (lambda factor, score: factor * score)
    start = ((0,) * len(options), 0)
    weights = [[contribution for contribution, _ in o] for o in options]
    best = sum([w[0] for w in weights])
    heap = [(-rank(classes[0][0], best), best, start)]
    seen = {start}
    for _ in range(MAX_STEPS):
        if not heap:
            return
        _, score, (choice, c) = heapq.heappop(heap)
        if score <= 0:
            continue  # nothing matched: never yielded (its only successor is another class)
        factor, bits = classes[c]
        bits &= allowed
        for term_options, i in zip(options, choice, strict=True):
            bits &= term_options[i][1]
            if not bits:
                break
        if bits:
            yield factor, score, bits
        _push(heap, seen, weights, classes, rank, choice, c, score)
    raise TooLong


def _push(heap, seen, weights, classes, rank, choice, c, score) -> None:
    """Add the combinations that follow one (of ``score``): a term a level down, or the next
    class. ``weights[t]`` are term t's contributions, summed in term order as at the start."""
    for t, i in enumerate(choice):
        if i + 1 < len(weights[t]):
            node = (choice[:t] + (i + 1,) + choice[t + 1:], c)
            if node not in seen:
                seen.add(node)
                value = sum([w[j] for w, j in zip(weights, node[0], strict=True)])
                heapq.heappush(heap, (-rank(classes[c][0], value), value, node))
    if c + 1 < len(classes):
        node = (choice, c + 1)
        if node not in seen:
            seen.add(node)
            heapq.heappush(heap, (-rank(classes[c + 1][0], score), score, node))


def top(view, query, k: int, allowed: int, classes=None) -> dict[int, float] | None:
    """Return exact factored relevance for allowed documents holding the best k, or None.

    With many terms, minor terms stay out of the lattice: documents within their most
    possible contribution ("slack") of the k-th best are collected, then completed.
    """
    options, minor = _options(view, query, minor_allowed=True, allowed=allowed)
    minor_terms = list(terms(view, _Only(minor)))
    slack = sum(most for *_, most in minor_terms)
    found: dict[int, float] = {}
    factors: dict[int, float] = {}
    floor = None
    try:
        for factor, score, bits in combinations(options, allowed, classes):
            if floor is not None and factor * score < floor:
                break
            for d in members(bits):
                found[d], factors[d] = score, factor
            if floor is None and len(found) >= k:
                if slack >= factor * score:
                    return None  # a document matching only minor terms could still rank
                floor = factor * score - slack
            if len(found) > COMPLETE_LIMIT:
                return None
    except TooLong:
        return None
    if slack and (floor is None or not found):
        return None
    if minor_terms:
        found = complete(view, [(f, t) for f, t, _ in minor_terms], found)
    return {d: score * factors[d] for d, score in found.items()}


def best(view, query, allowed: int) -> float | None:
    """Return the highest relevance among the allowed documents, or None if the walk is long."""
    options, _ = _options(view, query, minor_allowed=False, allowed=allowed)
    try:
        return next((score for _, score, _ in combinations(options, allowed)), 0.0)
    except TooLong:
        return None


def top_blended(view, query, k: int, allowed: int, geo, weight: float, best: float,
                classes=None):
    """Return the best k allowed documents by ``factor × (weight × relevance / best + (1 −
    weight) × (1 − distance / radius))`` as [(doc, blended, miles)], or None to score in full."""
    options, _ = _options(view, query, minor_allowed=False, allowed=allowed)
    heap: list = []  # the best k so far: (blended, -doc, miles), smallest first

    def most(factor, score):  # the best blend a document of this combination could have
        return factor * (weight * score / best + 1 - weight)

    try:
        for factor, score, bits in combinations(options, allowed, classes, most):
            if len(heap) >= k and most(factor, score) < heap[0][0]:
                break
            for d in members(bits):
                miles = geo.distance(d)
                closeness = 1 - miles / geo.miles
                entry = (factor * (weight * score / best + (1 - weight) * closeness), -d, miles)
                if len(heap) < k:
                    heapq.heappush(heap, entry)
                elif entry > heap[0]:
                    heapq.heapreplace(heap, entry)
    except TooLong:
        return None
    return [(-nd, blended, miles) for blended, nd, miles in sorted(heap, reverse=True)]
