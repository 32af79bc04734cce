"""BM25F scores computed from cached posting arrays, for every match or for a few documents.

A posting's weight is the boost-weighted frequency of the word in the listing (name ×8,
topics ×3, summary ×2, rest ×1), saturated once: ``idf × boost × w(k1 + 1) / (w + k1)``
(BM25F with no length normalisation: listings are short and similar in length). Topic terms
score ``TOPIC_WEIGHT × focus`` instead, focus being stored as the posting's weight; a
recognised phrase's words (``postings.echo_field``, ``name_field``) score their boost times
the share of them in the name (or a quarter of the share in the topics or summary), no idf.
"""

import heapq
import math
from bisect import bisect_left

from .postings import is_strong

K1 = 3.0  # saturation: a name match (×8) counts about three times a passing mention
SMALL = 20  # look documents up one by one when a term has this many times more postings
COMPLETE_LIMIT = 20_000  # most candidates worth completing by look-ups in top_scores


class Saturation(dict):
    """Maps a posting weight to its contribution, computing each distinct weight once."""

    def __init__(self, factor: float, linear: bool = False):
        super().__init__()
        self.factor = factor
        self.linear = linear

    def __missing__(self, weight: float) -> float:
        if self.linear:
            value = self.factor * weight
        else:
            value = self.factor * weight * (K1 + 1) / (weight + K1)
        self[weight] = value
        return value


def table_for(view, field: str, term: str, boost: float, frequency: int) -> Saturation:
    """Return a term's contribution table: BM25 for words, linear for topics and phrase words."""
    if term.startswith("t:") or is_strong(field):
        return Saturation(boost, linear=True)
    return Saturation(boost * idf(view.size, frequency))


def idf(size: int, frequency: int) -> float:
    """Return the BM25 inverse document frequency."""
    return math.log(1 + (size - frequency + 0.5) / (frequency + 0.5))


def terms(view, query):
    """Yield (per-segment postings, contribution table, most it can add) per query term found."""
    for (field, term), boost in query.terms.items():
        found = list(view.postings(field, term))
        frequency = sum(len(ids) for *_, ids, _ in found)
        if frequency:
            table = table_for(view, field, term, boost, frequency)
            yield found, table, table[max(max(weights) for *_, weights in found)]


def _accumulate(found_terms, total: dict[int, float] | None = None) -> dict[int, float]:
    parts = []
    for found, table in found_terms:
        part: dict[int, float] = {}
        for _, _, offset, ids, weights in found:
            keys = map(offset.__add__, ids) if offset else ids
            part.update(zip(keys, map(table.__getitem__, weights), strict=True))
        parts.append(part)
    if total is not None:
        parts.append(total)
    if not parts:
        return {}
    parts.sort(key=len, reverse=True)
    total = parts[0]
    for part in parts[1:]:
        get = total.get
        for d, value in part.items():
            total[d] = get(d, 0.0) + value
    return total


def top_scores(view, query, k: int, exclude: set[int]) -> dict[int, float]:
    """Return exact scores of a set of documents sure to hold the best k (MaxScore pruning).

    Terms that can add the most are summed over all their postings; the rest ("minor" terms)
    only for documents that could still reach the k-th best score, by look-ups. When the
    minor terms together could lift an unseen document that high, one more term is summed
    in full and the test repeated.
    """
    ranked = sorted(terms(view, query), key=lambda t: -t[2])
    if not ranked:
        return {}
    major, minor = ranked[:1], ranked[1:]
    main = _accumulate([(f, t) for f, t, _ in major])
    while True:
        for d in exclude:
            main.pop(d, None)
        slack = sum(most for *_, most in minor)
        if not minor or len(main) >= k:
            theta = heapq.nlargest(k, main.values())[-1] if len(main) >= k else 0.0
            if not minor:
                return main
            if slack < theta:
                cut = theta - slack
                candidates = {d: s for d, s in main.items() if s >= cut}
                if len(candidates) <= COMPLETE_LIMIT:
                    return complete(view, [(f, t) for f, t, _ in minor], candidates)
        found, table, _ = minor.pop(0)
        main = _accumulate([(found, table)], main)


def complete(view, found_terms, partial: dict[int, float]) -> dict[int, float]:
    """Add the given terms' contributions to the partial scores of these documents."""
    few = len(partial) <= 3000
    local = {}
    if few:
        for _, data, offset in view.leaves:
            end = offset + data.count
            local[data.key] = sorted(d - offset for d in partial if offset <= d < end)
    for found, table in found_terms:
        if few:
            for _, data, offset, ids, weights in found:
                for d, i in _positions(ids, local[data.key]) if local[data.key] else ():
                    partial[d + offset] += table[weights[i]]
            continue
        part = _accumulate([(found, table)])
        for d in part.keys() & partial.keys():
            partial[d] += part[d]
    return partial


def score_within(view, query, within: set[int]) -> dict[int, float]:
    """Return {document: score} for the documents of ``within`` that match any term."""
    local = {}
    for _, data, offset in view.leaves:
        end = offset + data.count
        local[data.key] = sorted(d - offset for d in within if offset <= d < end)
    total: dict[int, float] = {}
    get = total.get
    for found, table, _ in terms(view, query):
        for _, data, offset, ids, weights in found:
            wanted = local[data.key]
            if not wanted:
                continue
            for d, i in _positions(ids, wanted):
                d += offset
                total[d] = get(d, 0.0) + table[weights[i]]
    return total


def _positions(ids, wanted: list[int]):
    """Yield (document, index in ids) for the wanted documents present in a sorted ids array."""
    if len(ids) > SMALL * len(wanted):
        n = len(ids)
        for d in wanted:
            i = bisect_left(ids, d)
            if i < n and ids[i] == d:
                yield d, i
        return
    hits = set(wanted).intersection(ids)
    for d in hits:
        yield d, bisect_left(ids, d)


def term_bits(view, query) -> int:
    """Return the bitset of documents matching any term of the query."""
    result = 0
    for field, term in query.terms:
        result |= view.bits(term, field)
    return result
