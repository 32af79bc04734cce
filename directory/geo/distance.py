"""Distances between points, and a bounding box for cheap SQL and index prefilters.

Great-circle (spherical) distance rather than geodesic (ellipsoidal): geopy's great_circle is
about 30 times faster, and its error (at most ~0.5%, some 40 metres over 5 miles) is far below
the precision of a postcode point, so search ranking and radius cuts are unaffected.
"""

import math
from typing import NamedTuple

from geopy.distance import EARTH_RADIUS, great_circle

EARTH_RADIUS_MILES = EARTH_RADIUS / 1.609344


class BoundingBox(NamedTuple):
    """Latitude and longitude limits that contain every point within a radius."""

    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float

    def contains(self, lat: float, lon: float) -> bool:
        """Return True when the point lies inside the box."""
        return self.min_lat <= lat <= self.max_lat and self.min_lon <= lon <= self.max_lon


def miles_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance in miles between two WGS84 points."""
    return great_circle((lat1, lon1), (lat2, lon2)).miles


def bounding_box(lat: float, lon: float, miles: float) -> BoundingBox:
    """Return the smallest box holding every point within miles of (lat, lon)."""
    if miles < 0:
        raise ValueError("miles must not be negative")
    angle = miles / EARTH_RADIUS_MILES  # the radius as an angle at the centre of the Earth
    lat_delta = math.degrees(angle)
    if abs(lat) + lat_delta >= 90 or angle >= math.pi / 2:
        # The circle reaches a pole (or half the globe): every longitude is inside.
        return BoundingBox(max(lat - lat_delta, -90), min(lat + lat_delta, 90), -180.0, 180.0)
    # The widest longitude of a spherical cap lies off the centre's parallel, not on it.
    lon_delta = math.degrees(math.asin(math.sin(angle) / math.cos(math.radians(lat))))
    return BoundingBox(lat - lat_delta, lat + lat_delta, lon - lon_delta, lon + lon_delta)
