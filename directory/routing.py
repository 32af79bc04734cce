"""URL rules: ids in routes are database ids, so anything past a 64-bit integer is a 404."""

from werkzeug.routing import IntegerConverter

LARGEST_ID = 2**63 - 1  # PostgreSQL's bigint and SQLite's INTEGER


class DatabaseIdConverter(IntegerConverter):
    """``<int:…>`` that matches only ids a database row can have."""

    def __init__(self, url_map, fixed_digits: int = 0, min: int | None = None,  # noqa: A002
                 max: int | None = LARGEST_ID, signed: bool = False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min,
                         max=LARGEST_ID if max is None else max, signed=signed)


def init_app(app) -> None:
    """Make every ``<int:…>`` route refuse ids no row can have (before blueprints register)."""
    app.url_map.converters["int"] = DatabaseIdConverter
