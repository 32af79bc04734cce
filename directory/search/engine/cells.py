"""Geo grid cells indexed as keyword terms, and fast distances for the radius cut and ranking.

A point is indexed in one cell at each of three levels (about 1, 4 and 17 miles tall). A search
picks the finest level whose cells cover the circle's bounding box in at most ``MAX_CELLS``
cells, keeps the cells that touch the circle, and marks those wholly inside it (their
documents need no distance check to be counted).
"""

import math
from functools import lru_cache
from typing import NamedTuple

from directory.geo.distance import EARTH_RADIUS_MILES, bounding_box

# Cell heights in degrees of latitude; a cell is LON_FACTOR times as wide in degrees, which is
# roughly square across Great Britain (cos 54° ≈ 1 / 1.7).
LEVELS = (1 / 64, 1 / 16, 1 / 4)
LON_FACTOR = 1.6
MAX_CELLS = 400
MILES_PER_DEGREE = EARTH_RADIUS_MILES * math.pi / 180
# Approximate distances within this fraction of the radius are checked exactly.
BOUNDARY = 0.02


class Cell(NamedTuple):
    """A grid cell near the searched point: its term, and whether it lies wholly inside."""

    term: str
    min_miles: float
    inside: bool


def point_terms(lat: float, lon: float) -> list[str]:
    """Return the cell terms of a point, one per level."""
    return [_term(level, lat, lon) for level in range(len(LEVELS))]


def _term(level: int, lat: float, lon: float) -> str:
    step = LEVELS[level]
    return f"c{level}:{math.floor(lat / step)}:{math.floor(lon / (step * LON_FACTOR))}"


def approx_miles(lat0: float, lon0: float, lat: float, lon: float) -> float:
    """Return the equirectangular distance in miles: within 0.1% of great-circle here."""
    dx = (lon - lon0) * math.cos(math.radians((lat + lat0) / 2))
    return MILES_PER_DEGREE * math.hypot(lat - lat0, dx)


def exact_miles(lat0: float, lon0: float, lat: float, lon: float) -> float:
    """Return the great-circle (haversine) distance in miles."""
    p0, p1 = math.radians(lat0), math.radians(lat)
    h = math.sin((p1 - p0) / 2) ** 2 + math.cos(p0) * math.cos(p1) * math.sin(
        math.radians(lon - lon0) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=2048)
def covering(lat: float, lon: float, miles: float) -> tuple[Cell, ...]:
    """Return the cells touching the circle, nearest first (cached: places repeat)."""
    box = bounding_box(lat, lon, miles)
    level = _level_for(box)
    step = LEVELS[level]
    lon_step = step * LON_FACTOR
    cells = []
    for i in range(math.floor(box.min_lat / step), math.floor(box.max_lat / step) + 1):
        for j in range(math.floor(box.min_lon / lon_step), math.floor(box.max_lon / lon_step) + 1):
            south, west = i * step, j * lon_step
            near = approx_miles(lat, lon, min(max(lat, south), south + step),
                                min(max(lon, west), west + lon_step))
            if near > miles:
                continue
            far = max(approx_miles(lat, lon, a, b)
                      for a in (south, south + step) for b in (west, west + lon_step))
            cells.append(Cell(f"c{level}:{i}:{j}", near, far <= miles * (1 - BOUNDARY)))
    cells.sort(key=lambda c: c.min_miles)
    return tuple(cells)


def _level_for(box) -> int:
    for level, step in enumerate(LEVELS):
        rows = math.floor(box.max_lat / step) - math.floor(box.min_lat / step) + 1
        lon_step = step * LON_FACTOR
        cols = math.floor(box.max_lon / lon_step) - math.floor(box.min_lon / lon_step) + 1
        if rows * cols <= MAX_CELLS:
            return level
    return len(LEVELS) - 1


def within(lat0: float, lon0: float, lat: float, lon: float, miles: float) -> float | None:
    """Return the distance when the point lies within miles, else None (exact at the edge)."""
    distance = approx_miles(lat0, lon0, lat, lon)
    if distance > miles * (1 + BOUNDARY):
        return None
    if distance >= miles * (1 - BOUNDARY):
        distance = exact_miles(lat0, lon0, lat, lon)
        if distance > miles:
            return None
    return distance
