"""How a field of ServiceInput declares itself: ``About`` (label, CSV column, who handles it).

``ServiceInput`` (``fields``) annotates every field with one ``About``; the write path, the
snapshot, the readable diff, the provider's form and the CSV import and export all read the
declaration instead of keeping their own list of fields.
"""

from dataclasses import dataclass

PLAIN = "plain"  # the write path sets the Service column / the form has the field of that name
OWN = "own"  # handled by its own code (relationships, composite form fields)
NOT_ON_FORM = ""  # not typed on the provider's form
NOT_IN_CSV = ""  # not a CSV column
# The location columns of the CSV format, each the name of a LocationInput field.
LOCATION_COLUMNS = {"location_name": "name", "address": "address", "town": "town",
                    "postcode": "postcode", "latitude": "latitude", "longitude": "longitude",
                    "hide_address": "hide_address"}


@dataclass(frozen=True)
class About:
    """What the rest of the code needs to know about one field of a listing.

    ``column`` is the CSV column when it differs from the field's name (``NOT_IN_CSV`` for
    none, or a dict of columns for locations). ``stored`` and ``form`` say whether the write
    path and the provider's form handle it plainly or with their own code. A plain text field
    with a ``section`` gets its form field built from the declaration, shown in that section of
    the provider's form with its ``hint``.
    """

    label: object  # a lazy string: translated when shown
    column: str | dict | None = None
    stored: str = PLAIN
    form: str = PLAIN
    section: str = ""
    hint: object = ""
