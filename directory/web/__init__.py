"""Cross-cutting web behaviour, installed on the app by ``init_app``.

- ``languages``: the one table of interface languages and the choice of one per request;
- ``headers``: a fresh context per request, security headers and ``Vary``;
- ``errors``: error pages and the one JSON error shape, 503 when the database is busy;
- ``template_helpers``: every template global, filter and the ``?lang=`` link defaults;
- ``contacts``: the crisis contacts every page offers;
- ``routing``: ``<int:…>`` ids a row can have, and trusted proxies (set up before blueprints);
- ``rate_limits``: rate-limit counters shared by a machine's workers (set up with the limiter).
"""

from flask import Flask

from . import errors, headers
from .contacts import crisis_contacts
from .errors import (
    RETRY_AFTER_SECONDS,
    handle_database_busy,
    is_database_busy,
    json_error,
    wants_json,
)
from .languages import (
    LANGUAGE_COOKIE,
    LANGUAGES,
    Language,
    current_language,
    select_locale,
    text_direction,
)

__all__ = [
    "LANGUAGES",
    "LANGUAGE_COOKIE",
    "Language",
    "RETRY_AFTER_SECONDS",
    "crisis_contacts",
    "current_language",
    "handle_database_busy",
    "init_app",
    "is_database_busy",
    "json_error",
    "select_locale",
    "text_direction",
    "wants_json",
]


def init_app(app: Flask) -> None:
    """Wire headers, error handlers and template helpers into the application."""
    # Imported here, not above: the helpers use the views' page helpers, which import this package.
    from . import template_helpers

    headers.init_app(app)
    errors.init_app(app)
    template_helpers.init_app(app)
