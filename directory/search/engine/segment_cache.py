"""A long-lived, per-process view of the live index with cached per-segment data.

Segments never change once written (only their deletions do), so what is computed from a
segment — its document table, filter bitsets, posting arrays — is kept for as long as the
segment lives, and a commit elsewhere only costs reading the new small segment.
"""

import threading
from array import array
from collections import OrderedDict

from .postings import bits_from, ones, read_postings
from .schema import DOC, unpack_points
from .store import IndexMissing, IndexStore

POSTINGS_BUDGET = 3_000_000  # cached postings across segments (about 8 bytes each)
SEGMENT_CACHE_BYTES = 8 << 20  # bitsets kept per segment
VIEW_CACHE_BYTES = 48 << 20  # composed bitsets kept per view (the newest index state)
PLACES_KEPT = 64  # radius searches (point and miles) kept per view: the same places recur


def _size(value) -> int:
    """Return roughly how many bytes a cached value holds."""
    if isinstance(value, int):
        return (value.bit_length() + 7) >> 3
    if isinstance(value, dict):
        return sum(map(_size, value.values()))
    if isinstance(value, list | tuple):
        return sum(map(_size, value)) + 8 * len(value)
    if isinstance(value, array):
        return value.itemsize * len(value)
    return 64


class BoundedCache(dict):
    """A dict that empties itself when what it holds passes a byte budget (then refills)."""

    def __init__(self, budget: int):
        super().__init__()
        self.budget = budget
        self.used = 0

    def keep(self, key, value):
        """Store and return value, first emptying the cache if it is full."""
        size = _size(value)
        if self.used + size > self.budget:
            self.clear()
            self.used = 0
        self.used += size
        self[key] = value
        return value


class PostingsCache:
    """Posting arrays by (segment, field, term), least recently used dropped past a budget."""

    def __init__(self, budget: int = POSTINGS_BUDGET):
        self.budget = budget
        self.size = 0
        self._items: OrderedDict = OrderedDict()

    def get(self, key, load):
        """Return the cached arrays for key, loading them with load() on a miss."""
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        found = load()
        self._items[key] = found
        self.size += len(found[0])
        while self.size > self.budget and len(self._items) > 1:
            _, (ids, _) = self._items.popitem(last=False)
            self.size -= len(ids)
        return found


class SegmentData:
    """What one segment holds: service ids, versions, points; bitsets computed on demand."""

    def __init__(self, key, reader):
        self.key = key
        self.count = reader.doc_count_all()
        blob = b"".join(reader.column_reader("doc")) if reader.has_column("doc") else b""
        blob = blob.ljust(self.count * DOC.size, b"\0")
        columns = list(zip(*DOC.iter_unpack(blob), strict=True)) or [(), (), (), ()]
        self.sids, self.versions = array("I", columns[0]), array("I", columns[1])
        self.lats, self.lons = array("d", columns[2]), array("d", columns[3])
        self.extras: dict[int, list] = {}
        multi, _ = read_postings(reader, "facet", "multi:1")
        if len(multi):
            more = reader.column_reader("more")
            self.extras = {d: [(self.lats[d], self.lons[d]), *unpack_points(more[d])]
                           for d in multi}
        self.bits = BoundedCache(SEGMENT_CACHE_BYTES)
        self.lexicon: set[str] | None = None
        self.names: list[bytes] | None = None
        self.schedules: list | None = None

    def term_bits(self, reader, term: str, field: str = "facet") -> int:
        """Return the bitset of a term in this segment."""
        key = (field, term)
        found = self.bits.get(key)
        if found is None:
            found = self.bits.keep(key, bits_from(read_postings(reader, field, term)[0]))
        return found

    def term_levels(self, reader, term: str, field: str) -> dict[float, int]:
        """Return {posting weight: bitset} for a term in this segment (scores by level)."""
        key = ("levels", field, term)
        found = self.bits.get(key)
        if found is None:
            ids, weights = read_postings(reader, field, term)
            grouped: dict[float, list[int]] = {}
            for d, w in zip(ids, weights, strict=True):
                grouped.setdefault(w, []).append(d)
            found = self.bits.keep(key, {w: bits_from(group) for w, group in grouped.items()})
        return found


class View:
    """One consistent state of the index: its segments, live documents and composed bitsets."""

    def __init__(self, name: str, reader, datas: dict, postings: PostingsCache):
        self.name = name
        self.reader = reader
        self.postings_cache = postings
        self.leaves = []
        self.deleted: set[int] = set()
        for segment_reader, offset in reader.leaf_readers():
            if segment_reader.segment() is None:  # an empty index
                continue
            key = (name, segment_reader.segment().segment_id())
            data = datas.get(key) or datas.setdefault(key, SegmentData(key, segment_reader))
            self.leaves.append((segment_reader, data, offset))
            self.deleted.update(offset + d for d in segment_reader.segment().deleted_docs())
        self.size = sum(data.count for _, data, _ in self.leaves)
        self.doc_count = self.size - len(self.deleted)
        self.live = ones(self.size) & ~bits_from(self.deleted)
        self._bits = BoundedCache(VIEW_CACHE_BYTES)
        self._coordinates = None
        self._names: list[bytes] | None = None
        self._places: OrderedDict = OrderedDict()

    def coordinates(self) -> tuple[array, array, dict]:
        """Return latitudes, longitudes and multi-place points by global document number."""
        if self._coordinates is None:
            lats, lons, extras = array("d"), array("d"), {}
            for _, data, offset in self.leaves:
                lats.extend(data.lats)
                lons.extend(data.lons)
                extras.update((offset + d, points) for d, points in data.extras.items())
            self._coordinates = (lats, lons, extras)
        return self._coordinates

    def term_ids(self, term: str, field: str = "facet") -> array:
        """Return the global document numbers of a sparse term (a geo cell), cached."""
        key = ("ids", field, term)
        found = self._bits.get(key)
        if found is None:
            found = array("I")
            for *_, offset, ids, _ in self.postings(field, term):
                found.extend(map(offset.__add__, ids) if offset else ids)
            self._bits.keep(key, found)
        return found

    def bits(self, term: str, field: str = "facet") -> int:
        """Return the global bitset of a term (deleted documents included)."""
        key = (field, term)
        found = self._bits.get(key)
        if found is None:
            found = 0
            for reader, data, offset in self.leaves:
                found |= data.term_bits(reader, term, field) << offset
            self._bits.keep(key, found)
        return found

    def levels(self, term: str, field: str = "text") -> list[tuple[float, int]]:
        """Return [(posting weight, global bitset)] for a term, heaviest first."""
        key = ("levels", field, term)
        found = self._bits.get(key)
        if found is None:
            merged: dict[float, int] = {}
            for reader, data, offset in self.leaves:
                for weight, bits in data.term_levels(reader, term, field).items():
                    merged[weight] = merged.get(weight, 0) | bits << offset
            found = self._bits.keep(key, sorted(merged.items(), reverse=True))
        return found

    def any_bits(self, terms) -> int:
        """Return the union of several terms' bitsets."""
        result = 0
        for term in terms:
            result |= self.bits(term)
        return result

    def place(self, key, compute):
        """Return what compute() found for a place and radius (``geosearch.Geo``: the
        documents within it and their distances), kept for the latest ``PLACES_KEPT``."""
        found = self._places.get(key)
        if found is None:
            found = self._places[key] = compute()
            while len(self._places) > PLACES_KEPT:
                self._places.popitem(last=False)
        else:
            self._places.move_to_end(key)
        return found

    def cached(self, key, compute):
        """Return a value computed once for this view (composed filters)."""
        found = self._bits.get(key)
        if found is None:
            found = self._bits.keep(key, compute())
        return found

    def postings(self, field: str, term: str):
        """Yield (reader, data, offset, ids, weights) per segment holding the term."""
        for reader, data, offset in self.leaves:
            ids, weights = self.postings_cache.get(
                (data.key, field, term), lambda r=reader: read_postings(r, field, term))
            if len(ids):
                yield reader, data, offset, ids, weights

    def doc_frequency(self, field: str, term: str) -> int:
        """Return how many documents (deleted ones included) hold the term."""
        return sum(reader.doc_frequency(field, term) for reader, _, _ in self.leaves)

    def has_term(self, term: str) -> bool:
        """Say whether any segment's text has this stem."""
        for reader, data, _ in self.leaves:
            if data.lexicon is None:
                data.lexicon = {t.decode() for t in reader.lexicon("text")}
            if term in data.lexicon:
                return True
        return False

    def leaf_of(self, d: int):
        """Return (data, local document number) for a global document number."""
        for _, data, offset in reversed(self.leaves):
            if d >= offset:
                return data, d - offset
        raise IndexError(d)

    def sid(self, d: int) -> int:
        """Return the service id of a global document number."""
        data, local = self.leaf_of(d)
        return data.sids[local]

    def names(self) -> list[bytes]:
        """Return every document's folded name by global number (for A–Z order), cached."""
        if self._names is None:
            names: list[bytes] = []
            for reader, data, _ in self.leaves:
                if data.names is None:
                    data.names = list(reader.column_reader("name"))
                names.extend(data.names)
            self._names = names
        return self._names

    def versions(self) -> tuple[dict[int, int], set[int]]:
        """Return {service id: version} for live documents, and ids indexed more than once."""
        found: dict[int, int] = {}
        twice: set[int] = set()
        for _, data, offset in self.leaves:
            for local, (sid, version) in enumerate(zip(data.sids, data.versions, strict=True)):
                if offset + local not in self.deleted:
                    if sid in found:
                        twice.add(sid)
                    found[sid] = version
        return found, twice


class LiveIndex:
    """The live index as one process sees it: reopened when a commit or a swap happens."""

    def __init__(self, root):
        self.store = IndexStore(root)
        self.lock = threading.RLock()
        self._name = None
        self._index = None
        self._view: View | None = None
        self._datas: dict = {}
        self._postings = PostingsCache()

    def view(self) -> View:
        """Return a view of the newest committed state (call with ``lock`` held)."""
        for attempt in range(3):
            try:
                return self._current()
            except (FileNotFoundError, IndexMissing):
                self._name = None  # the generation was swapped out while opening: start again
                if attempt == 1:
                    self.store.ensure()  # or it was lost: search an empty one (doctor repairs)
                if attempt == 2:
                    raise
        raise IndexMissing(str(self.store.root))

    def _current(self) -> View:
        name = self.store.live_name()
        if name != self._name or self._index is None:
            self._index = self.store.open(name)
            self._name = name
            self._replace(self._index.reader())
        elif self._index.latest_generation() != self._view.reader.generation():
            self._replace(self._index.reader())
        return self._view

    def _replace(self, reader) -> None:
        old = self._view
        self._view = View(self._name, reader, self._datas, self._postings)
        keys = {data.key for _, data, _ in self._view.leaves}
        for key in [k for k in self._datas if k not in keys]:
            del self._datas[key]
        if old is not None:
            old.reader.close()
