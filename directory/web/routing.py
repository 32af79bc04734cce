"""How requests reach the app: ids in routes are database ids (anything past a 64-bit integer is
a 404), and the visitor's address comes through a trusted reverse proxy only when told so."""

from werkzeug.middleware.proxy_fix import ProxyFix
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


def trust_proxy(app) -> None:
    """Believe X-Forwarded-For/-Proto from ``PROXY_HOPS`` proxies in front (none by default).

    Rate limits count per visitor address; behind nginx every visitor would otherwise share the
    proxy's one address, and without a proxy a forged header must change nothing.
    """
    hops = app.config.get("PROXY_HOPS", 0)
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=0)
