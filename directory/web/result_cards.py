"""Result cards, rendered once and kept beside the service while its process keeps it.

A results page shows up to forty cards and rendering them was half of a page's time. A card
comes out the same for everyone who sees that service in the same language, on the same day,
at the same distance and with the same "open now": so ``result_card`` keys each rendered card
by exactly those (and the heading level and ``?lang=``, which the links carry) and keeps it
beside the service kept by ``search.result_services``. When the service is loaded again (an
edit, or after a minute) its cards go with the old copy. A service that is not kept (a bare
Service, or one loaded elsewhere) is simply rendered.
"""

from datetime import datetime

from flask import current_app
from markupsafe import Markup

from ..listings.facts import open_now
from ..listings.opening_hours import LONDON
from ..search.query import result_services
from ..views.public_helpers import chosen_lang
from .languages import current_language

MACROS = "_macros.html"


def result_card(hit, level: int = 3) -> Markup:
    """Return the card of a search hit (``m.service_card``), kept when its service is."""
    app = current_app._get_current_object()
    service = getattr(hit, "service", hit)
    cards = result_services(app).cards_for(service)
    if cards is None:
        return _render(app, hit, level)
    miles = getattr(hit, "distance_miles", None)
    now = datetime.now(LONDON)
    key = (current_language(), chosen_lang(), level, now.date(),
           open_now(service, now),
           None if miles is None else (round(miles, 1), int(round(miles))))
    card = cards.get(key)
    if card is None:
        card = cards[key] = _render(app, hit, level)
    return card


def _render(app, hit, level: int) -> Markup:
    return Markup(app.jinja_env.get_template(MACROS).module.service_card(hit, level=level))
