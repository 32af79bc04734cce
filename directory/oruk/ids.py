"""Constants of the feed, and the ids of the values a service carries.

Organisations, services, locations, services at locations, schedules and taxonomy terms keep
their own stored UUID (``oruk_id`` columns). The parts of a service that are values of it
rather than rows (its phones, contact, languages, cost option, service areas, attributes and
an address) get uuid5(the service's or location's stored id, what the part is): stable for as
long as the part means the same thing, and never derived from a row number.
"""

import re
import uuid

VERSION = "HSDS-UK-3.0"
PROFILE_URL = "https://raw.githubusercontent.com/openreferraluk/uk-profile/main/docs/index.md"
COUNTRY = "GB"
ONS_AREA_URI = "http://statistics.data.gov.uk/id/statistical-geography/"
# Our own fields that ORUK has no place for travel in this extension object (OPEN_DATA.md).
EXTENSION = "x_thrive"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def part_id(owner_id: str, part: str) -> str:
    """Return the id of a part of a service or location, e.g. part_id(service, "phone:voice")."""
    return str(uuid.uuid5(uuid.UUID(owner_id), part))


def is_uuid(text) -> bool:
    """Say whether ``text`` is a UUID in the canonical lower-case form."""
    return isinstance(text, str) and bool(_UUID.match(text))
