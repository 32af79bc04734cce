"""Raw posting lists as arrays, and document sets as Python integers used as bitsets.

Whoosh reads a posting at a time through its matcher interface; scoring thousands of documents
that way is too slow in pure Python, so whole blocks are read here as arrays (the block layout
of Whoosh's W3 codec), with the public matcher interface as a fallback for anything else.
Deleted documents are left in: callers remove them with the view's live set.
"""

import re
from array import array

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound

# Pseudo-fields for the words of a recognised phrase (its stems joined by spaces).
# ``echo_field(topic)``: the services with the topic where the words weigh 2 or more (name,
# topics, summary, or said twice), weighted by the share of them in the name (``n:<stem>``
# terms; all: 1, one of two: 0.5), or OTHER_LEVEL times the share elsewhere, whichever is more.
# ``name_field(topic)``: the services without the topic whose name holds the words, weighted by
# the share in the name (a "Chat club" nobody tagged is still found by its name).
STRONG = "text+"
OTHER_LEVEL = 0.25
_WITHOUT = "-"
EMPTY_IDS = array("I")
EMPTY_WEIGHTS = array("f")
_NONZERO = re.compile(rb"[^\x00]")
_POSITIONS = tuple(tuple(k for k in range(8) if byte >> k & 1) for byte in range(256))


def echo_field(topic: str) -> str:
    """Return the pseudo-field of strong postings among the services with this topic."""
    return f"{STRONG}t:{topic}"


def name_field(topic: str) -> str:
    """Return the pseudo-field of name postings among the services without this topic."""
    return f"{STRONG}{_WITHOUT}t:{topic}"


def is_strong(field: str) -> bool:
    """Say whether a field is STRONG or one of its topic-narrowed forms."""
    return field.startswith(STRONG)


def read_postings(reader, field: str, term: str) -> tuple[array, array]:
    """Return (document numbers, weights) of a term in one segment, deleted documents included."""
    if is_strong(field):
        return _phrase_postings(reader, field, term)
    try:
        matcher = reader.postings(field, term)
    except TermNotFound:
        return EMPTY_IDS, EMPTY_WEIGHTS
    if isinstance(matcher, FilterMatcher):  # the segment has deletions: read underneath
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher):
        return _read_blocks(matcher)
    if isinstance(matcher, ListMatcher) and matcher._weights is not None:
        return array("I", matcher._ids), array("f", matcher._weights)
    ids, weights = array("I"), array("f")
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def _phrase_postings(reader, field: str, term: str) -> tuple[array, array]:
    """Return the postings of a phrase's words in one of the pseudo-fields (see STRONG)."""
    topic = field[len(STRONG):]
    without = topic.startswith(_WITHOUT)
    topical = set(read_postings(reader, "text", topic.removeprefix(_WITHOUT))[0])
    stems = term.split(" ")
    named: dict[int, int] = {}
    strong: dict[int, int] = {}
    for word in stems:
        ids, weights = read_postings(reader, "text", word)
        in_name = set(read_postings(reader, "text", f"n:{word}")[0])
        for d, w in zip(ids, weights, strict=True):
            if w >= 2 and (d in topical) != without and (d in in_name or not without):
                strong[d] = strong.get(d, 0) + 1
                named[d] = named.get(d, 0) + (d in in_name)
    n = len(stems)
    found = sorted(strong)
    weights = (max(named[d] / n, OTHER_LEVEL * strong[d] / n) for d in found)
    return array("I", found), array("f", weights)


def _read_blocks(matcher: W3LeafMatcher) -> tuple[array, array]:
    ids, weights = array("I"), array("f")
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        ids.extend(matcher._ids)
        weights.extend(matcher._weights)
        if matcher._lastblock:
            break
        matcher._next_block()
    return ids, weights


def bits_from(numbers, offset: int = 0) -> int:
    """Return a bitset (an int) with a bit set for each number (plus offset)."""
    numbers = list(numbers)
    if not numbers:
        return 0
    buffer = bytearray(((max(numbers) + offset) >> 3) + 1)
    for n in numbers:
        n += offset
        buffer[n >> 3] |= 1 << (n & 7)
    return int.from_bytes(buffer, "little")


def ones(count: int) -> int:
    """Return a bitset holding 0 … count - 1."""
    return (1 << count) - 1


def members(bits: int):
    """Yield the numbers in a bitset, in increasing order."""
    if not bits:
        return
    data = bits.to_bytes((bits.bit_length() + 7) >> 3, "little")
    for match in _NONZERO.finditer(data):
        base = match.start() << 3
        for k in _POSITIONS[data[match.start()]]:
            yield base + k


class ByteMembership:
    """Fast membership tests against a bitset (``n in members``)."""

    __slots__ = ("_data",)

    def __init__(self, bits: int):
        self._data = bits.to_bytes(((bits.bit_length() + 7) >> 3) or 1, "little")

    def __contains__(self, n: int) -> bool:
        i = n >> 3
        return i < len(self._data) and bool(self._data[i] >> (n & 7) & 1)
