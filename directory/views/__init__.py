"""One blueprint per audience."""


def BLUEPRINTS() -> list:  # noqa: N802 - reads as the constant it stands for
    """Return the blueprints in registration order (imported here to avoid import cycles)."""
    from ..oruk.views import oruk
    from .admin import admin
    from .admin_accounts import admin_accounts
    from .api import api
    from .auth import auth
    from .health import health
    from .provider import provider
    from .public import public
    from .search import search_pages
    from .signpost import short_links, signpost

    return [
        public,
        search_pages,
        signpost,
        short_links,
        api,
        oruk,
        health,
        auth,
        admin_accounts,
        provider,
        admin,
    ]
