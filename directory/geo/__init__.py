"""Location without the internet: postcodes, outcodes and places to points, and distances."""

from .distance import BoundingBox, bounding_box, miles_between
from .gazetteer import (
    GeoPoint,
    LocationNotFound,
    find_location,
    fold_place_name,
    local_authority_name,
    lookup_postcode,
)
from .loading import import_codepoint, load_seed_gazetteer, load_seed_sectors
from .postcodes import (
    looks_like_postcode,
    normalise_outcode,
    normalise_postcode,
    outcode_of,
    postcode_kind,
    sector_of,
)

__all__ = [
    "BoundingBox",
    "GeoPoint",
    "LocationNotFound",
    "bounding_box",
    "find_location",
    "fold_place_name",
    "import_codepoint",
    "load_seed_gazetteer",
    "load_seed_sectors",
    "local_authority_name",
    "looks_like_postcode",
    "lookup_postcode",
    "miles_between",
    "normalise_outcode",
    "normalise_postcode",
    "outcode_of",
    "postcode_kind",
    "sector_of",
]
