"""The index schema: one BM25F text field, one keyword field for filters, and per-document columns.

Layout, chosen for speed at national scale (see docs/SEARCH.md):
- ``text``: stems of name (×8), topics and support types (×3), summary (×2), description,
  organisation and towns (×1). Each posting's weight is the boost-weighted term frequency,
  which is what BM25F scores; one field means one posting list per query word. The field also
  holds a ``t:<code>`` term per topic or support type, weighted by how focused the service is.
- ``facet``: keyword terms for every filter and facet: ``g:`` grouping, ``amin:``/``amax:`` ages,
  ``d:`` delivery, ``cost:``, ``self:1``, ``kind:`` (address, area, national), ``area:`` local
  authority, ``c<level>:`` geo cells, ``h:`` weekly schedule, ``multi:1`` several places.
- ``doc``: a 24-byte column (service id, version, latitude, longitude) read in bulk per segment;
  ``more``: any further points of a multi-place service; ``name``: the folded name for sorting.
"""

import struct

from whoosh import fields, formats
from whoosh.columns import FixedBytesColumn, VarBytesColumn

DOC = struct.Struct("<IIdd")
POINT = struct.Struct("<dd")


class WeightedText(fields.FieldType):
    """A field indexed from a ready-made {stem: (frequency, weight)} mapping."""

    # Scorable fields keep lengths; Whoosh looks up a missing lengths column on disk for every
    # posting of a non-scorable field, which made indexing several times slower.
    scorable = True

    def __init__(self):
        # Existence stores no per-posting value bytes, only ids and (our) weights: smaller, and
        # segment merges copy it correctly.
        self.format = formats.Existence()
        self.analyzer = None
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = None

    def index(self, value, **kwargs):
        """Yield (term bytes, frequency, weight, value bytes) for each stem."""
        return ((term.encode(), freq, weight, b"") for term, (freq, weight) in value.items())


class Keywords(WeightedText):
    """A field indexed from a list of keyword terms, each of weight 1."""

    def __init__(self, unique: bool = False):
        super().__init__()
        self.unique = unique

    def index(self, value, **kwargs):
        """Yield each distinct keyword once."""
        if isinstance(value, str):
            value = [value]
        return ((term.encode(), 1, 1.0, b"") for term in dict.fromkeys(value))

    def to_bytes(self, value):
        """Encode a keyword for term look-ups (deletion by id)."""
        return value.encode() if isinstance(value, str) else value


def make_schema() -> fields.Schema:
    """Return the schema of a new index."""
    return fields.Schema(
        id=Keywords(unique=True),
        text=WeightedText(),
        facet=Keywords(),
        doc=fields.COLUMN(FixedBytesColumn(DOC.size, default=bytes(DOC.size))),
        more=fields.COLUMN(VarBytesColumn()),
        name=fields.COLUMN(VarBytesColumn()),
    )


def pack_points(points: list[tuple[float, float]]) -> bytes:
    """Pack further points of a multi-place service."""
    return b"".join(POINT.pack(lat, lon) for lat, lon in points)


def unpack_points(data: bytes) -> list[tuple[float, float]]:
    """Unpack what ``pack_points`` packed."""
    return list(POINT.iter_unpack(data)) if data else []
