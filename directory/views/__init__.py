"""One blueprint per audience; every route is a decorator on its blueprint's view function.

``BLUEPRINTS`` is the one list of them. ``admin_moderation`` and ``admin_audit`` declare their
routes on the ``admin`` blueprint, so they are imported here before that blueprint is registered.
"""


def BLUEPRINTS() -> list:  # noqa: N802 - reads as the constant it stands for
    """Return the blueprints in registration order (imported here to avoid import cycles)."""
    from ..oruk.views import oruk
    from . import (  # noqa: F401 - these add the audit log and moderation routes to ``admin``
        admin_audit,
        admin_moderation,
    )
    from .admin import admin
    from .admin_accounts import admin_accounts
    from .api import api
    from .auth import auth
    from .health import health
    from .insights import insights
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
        insights,
    ]
