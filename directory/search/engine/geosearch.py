"""The documents within a radius of a point, their distances, and nearest-first order."""

import heapq
import math
from array import array

from . import cells
from .postings import ByteMembership, bits_from, members


class Geo:
    """The documents within the radius of a point (and covering its area), with distances."""

    def __init__(self, view, point, miles: float):
        self.view = view
        self.lat, self.lon, self.miles = point.latitude, point.longitude, miles
        self.lats, self.lons, self.extras = view.coordinates()
        self.cells = cells.covering(self.lat, self.lon, miles)
        self.distances: dict[int, float] = {}
        inside = array("I")
        for cell in self.cells:
            ids = view.term_ids(cell.term)
            if cell.inside:
                inside.extend(ids)
            else:
                self._measure(ids)
        area = 0
        if point.la_code:
            area = view.bits(f"area:{point.la_code}") & view.bits("kind:area")
        self.area = area & view.live
        self.bits = (bits_from(inside) | bits_from(self.distances) | self.area) & view.live

    def _measure(self, ids) -> None:
        """Keep the documents of a boundary cell that lie within the radius, with distances."""
        lat0, lon0, miles = self.lat, self.lon, self.miles
        lats, lons, extras, distances = self.lats, self.lons, self.extras, self.distances
        far, near = miles * (1 + cells.BOUNDARY), miles * (1 - cells.BOUNDARY)
        scale, hypot, cos, radians = cells.MILES_PER_DEGREE, math.hypot, math.cos, math.radians
        for d in ids:
            if d in extras:
                found = [m for lat, lon in extras[d]
                         if (m := cells.within(lat0, lon0, lat, lon, miles)) is not None]
                if found:
                    distances[d] = min(found)
                continue
            lat, lon = lats[d], lons[d]
            m = scale * hypot(lat - lat0, (lon - lon0) * cos(radians((lat + lat0) / 2)))
            if m > far:
                continue
            if m >= near:
                m = cells.exact_miles(lat0, lon0, lat, lon)
                if m > miles:
                    continue
            distances[d] = m

    def distance(self, d: int) -> float:
        """Return a document's ranking distance (half the radius for an area it covers)."""
        found = self.distances.get(d)
        if found is None:
            lat, lon = self.lats[d], self.lons[d]
            if d in self.extras:
                found = min(cells.approx_miles(self.lat, self.lon, a, b) for a, b in self.extras[d])
            elif lat or lon:
                found = cells.approx_miles(self.lat, self.lon, lat, lon)
            else:
                found = self.miles / 2
            self.distances[d] = found
        return found


def nearest(geo: Geo, local_set: int, wanted: int, factor=None) -> list:
    """Return [(doc, 0.0, miles)] for the nearest documents of local_set, nearest first, each
    as far as ``miles / factor(doc)`` (``priors.Factors.of``: a penalised listing as if further).

    Cells are visited nearest first and the walk stops once no closer document can remain.
    """
    allowed = ByteMembership(local_set)
    factor = factor or (lambda d: 1.0)
    heap: list = []  # the best ``wanted`` so far as (-ranked miles, -doc, miles): farthest on top
    seen: set[int] = set()

    def offer(d: int, miles: float) -> None:
        seen.add(d)
        entry = (-miles / factor(d), -d, miles)
        if len(heap) < wanted:
            heapq.heappush(heap, entry)
        elif heap[0] < entry:
            heapq.heapreplace(heap, entry)

    for d in members(geo.area & local_set):
        offer(d, geo.miles / 2)
    for cell in geo.cells:
        if len(heap) >= wanted and cell.min_miles > -heap[0][0]:
            break
        for d in geo.view.term_ids(cell.term):
            if d in allowed and d not in seen:
                offer(d, geo.distance(d))
    return [(-nd, 0.0, miles) for _, nd, miles in sorted(heap, reverse=True)]
