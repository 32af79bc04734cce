"""Provision: published services by grouping (or topic, delivery mode, support type) × age band.

A service counts in an age band its age range overlaps, and in an area where it has an address
or which it lists as a service area. National services are counted apart and never in an area,
so they cannot hide a local gap. A cell with no service is a gap.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from ..vocabulary import fixed, thrive
from .listed import Listed
from .scope import Area

BANDS = tuple(label for label, _, _ in fixed.AGE_BANDS)
# The support types that make up the "self-help and peer support offer".
SELF_HELP_TYPES = (("self-help", _l("Self-help")), ("peer-support", _l("Peer support")))
DIMENSIONS: dict[str, Callable[[Listed], set[str] | Sequence[str]]] = {
    "grouping": lambda service: service.groupings,
    "topic": lambda service: service.topics,
    "delivery": lambda service: service.delivery_modes,
    "support": lambda service: service.support_types,
}


@dataclass(frozen=True)
class HeatMap:
    """Services counted for each row (a grouping, topic, …) × age band, for one area or none."""

    dimension: str  # a key of DIMENSIONS
    rows: tuple[tuple[str, object], ...]  # (code, label) in the order shown
    cells: dict[tuple[str, str], int]  # (row code, age band) -> services
    totals: dict[str, int]  # row code -> services of any age (each service once)

    def count(self, code: str, band: str) -> int:
        """Return the services in one cell."""
        return self.cells.get((code, band), 0)

    def gaps(self) -> list[tuple[str, str]]:
        """Return the empty cells as (row code, age band), row by row."""
        return [(code, band) for code, _ in self.rows for band in BANDS
                if not self.count(code, band)]

    def gaps_by_row(self) -> list[tuple[object, list[str]]]:
        """Return (row label, its empty age bands) for each row with a gap, in row order."""
        found = []
        for code, label in self.rows:
            empty = [band for band in BANDS if not self.count(code, band)]
            if empty:
                found.append((label, empty))
        return found

    def peak(self) -> int:
        """Return the largest cell (for shading)."""
        return max(self.cells.values(), default=0)


@dataclass(frozen=True)
class AreaProvision:
    """What one area has: its services, and the four heat maps."""

    area: Area
    services: int
    maps: dict[str, HeatMap]  # dimension -> heat map


@dataclass(frozen=True)
class Provision:
    """Provision in each area of the report, and national services apart."""

    areas: tuple[AreaProvision, ...]
    local_services: int  # in any of the areas, each once
    national_services: int
    national: dict[str, HeatMap]


def heat_map(services: list[Listed], dimension: str,
             rows: Sequence[tuple[str, object]]) -> HeatMap:
    """Count the services for each row × age band (a service in several rows counts in each)."""
    values = DIMENSIONS[dimension]
    wanted = {code for code, _ in rows}
    cells: dict[tuple[str, str], int] = {}
    totals: dict[str, int] = {}
    for service in services:
        codes = wanted.intersection(values(service))
        bands = [label for label, low, high in fixed.AGE_BANDS if service.serves_ages(low, high)]
        for code in codes:
            totals[code] = totals.get(code, 0) + 1
            for band in bands:
                cells[(code, band)] = cells.get((code, band), 0) + 1
    return HeatMap(dimension, tuple(rows), cells, totals)


def row_labels(topics: Sequence[tuple[str, str]]) -> dict[str, tuple[tuple[str, object], ...]]:
    """Return the rows of each dimension: groupings in THRIVE order, the topics given, the
    delivery modes, and self-help and peer support."""
    return {
        "grouping": tuple((g.code, g.name) for g in thrive.GROUPINGS),
        "topic": tuple(topics),
        "delivery": tuple(fixed.DELIVERY_MODES.items()),
        "support": SELF_HELP_TYPES,
    }


def provision(services: list[Listed], areas: Sequence[Area],
              topics: Sequence[tuple[str, str]]) -> Provision:
    """Return the heat maps of every area, and of the national services."""
    rows = row_labels(topics)
    per_area, anywhere = [], set()
    for area in areas:
        local = [service for service in services if service.is_local_to(area.code)]
        anywhere.update(service.id for service in local)
        maps = {name: heat_map(local, name, dimension_rows) for name, dimension_rows in
                rows.items()}
        per_area.append(AreaProvision(area, len(local), maps))
    national = [service for service in services if service.national]
    national_maps = {name: heat_map(national, name, rows[name]) for name in ("grouping",
                                                                             "support")}
    return Provision(tuple(per_area), len(anywhere), len(national), national_maps)
