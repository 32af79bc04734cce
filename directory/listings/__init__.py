"""Listings: a service as the directory holds it, and every way it is written and shown.

What it offers: the one write path (``writing``: create, update, the quick availability update,
confirm, retire, each audited, flush-only); the declared fields and their validation
(``fields``: ServiceInput); the checks that need the database (``checks``, re-exported); the
provider's form (``forms``, ``form_input``, ``form_parts``); readable differences (``diff``);
the facts a public page shows (``facts``); freshness (``freshness``) and opening hours
(``opening_hours``). The write path is re-exported
here: ``from directory import listings`` then ``listings.update_service(...)``.
"""

from .checks import (
    ListingError,
    LocationError,
    Place,
    PlaceProblem,
    find_council,
    place_location,
    place_problems,
    resolve_location,
)
from .writing import (
    AVAILABILITY_FIELDS,
    Actor,
    AvailabilityError,
    StaleEdit,
    availability_problems,
    changed_fields,
    confirm_service,
    create_service,
    find_or_create_organisation,
    find_service,
    input_from_service,
    lock,
    retire_service,
    snapshot,
    update_availability,
    update_service,
    upsert_service,
)

__all__ = [
    "AVAILABILITY_FIELDS",
    "Actor",
    "AvailabilityError",
    "ListingError",
    "LocationError",
    "Place",
    "PlaceProblem",
    "StaleEdit",
    "availability_problems",
    "changed_fields",
    "confirm_service",
    "create_service",
    "find_council",
    "find_or_create_organisation",
    "find_service",
    "input_from_service",
    "lock",
    "place_location",
    "place_problems",
    "resolve_location",
    "retire_service",
    "snapshot",
    "update_availability",
    "update_service",
    "upsert_service",
]
