"""Everything templates can use, installed in one place: globals, filters and ``?lang=`` links.

Globals are seen by every template and every imported macro; ``site_name`` comes from a
context processor (read from the app's settings at each render), and the signposting flow's own
choices from one scoped to its blueprint's pages, so their short names touch no other page.
"""

from flask import Flask, current_app

from .. import signposting
from ..accounts import current_account
from ..listings import facts
from ..signposting import sheet
from ..views import public_helpers as page
from ..vocabulary import fixed, thrive
from . import languages
from .contacts import crisis_contacts
from .result_cards import result_card


def template_globals() -> dict:
    """Return the values and functions every template can use."""
    return {
        "LANGUAGES": languages.names(),  # {code: own name}, for the language links and choices
        "current_language": languages.current_language,
        "text_direction": languages.text_direction,
        "crisis_contacts": crisis_contacts,
        "GROUPINGS": thrive.GROUPINGS,
        "vocab": fixed,
        "statement_date": page.STATEMENT_DATE,
        "data_lang": page.data_lang,
        "crisis_words": page.crisis_words,
        "listing_facts": facts.listing_facts,
        "result_card": result_card,
        "address_lines": facts.address_lines,
        "directions_url": facts.directions_url,
        "weekly_hours": facts.weekly_hours,
        "phone_href": facts.phone_href,
        "sms_href": facts.sms_href,
        "remote_modes": facts.remote_modes,
        "strip_contacts": page.strip_contacts,
        "text_keyword": page.text_keyword,
        "path_without_lang": page.path_without_lang,
        "chosen_lang": page.chosen_lang,
        "weekday_name": page.weekday_name,
        "language_name": page.language_name,
        "current_account": current_account,
        "signpost_topic_labels": signposting.TOPIC_LABELS,
        "signpost_website_label": sheet.website_label,
    }


def signposting_choices() -> dict:
    """Return the choices and step links the signposting flow's own pages use (only theirs)."""
    from ..views.signpost import step_url

    return {
        "topics": signposting.TOPICS,
        "crisis_topics": signposting.CRISIS_TOPICS,
        "risk_choices": signposting.RISK,
        "preference_choices": signposting.PREFERENCES,
        "travel_choices": signposting.TRAVEL,
        "problems": signposting.PROBLEMS,
        "step_url": step_url,
    }


def template_filters() -> dict:
    """Return the filters every template can use: local formats, bidi isolation, phone links."""
    return {
        "long_date": page.long_date,
        "clock": page.clock,
        "number": page.number,
        "bdi": page.bidi,
        "and_list": page.and_list,
        "labels": page.labels,
        "language_name": page.language_name,
        "linked_numbers": page.linked_numbers,
    }


def site_settings() -> dict:
    """Return the values templates read from this app's settings."""
    return {"site_name": current_app.config["SITE_NAME"]}


def init_app(app: Flask) -> None:
    """Install the template globals and filters, and carry ``?lang=`` into public links."""
    app.jinja_env.globals.update(template_globals())
    app.jinja_env.filters.update(template_filters())
    app.context_processor(site_settings)
    app.template_context_processors.setdefault("signpost", []).append(signposting_choices)
    app.url_defaults(page.keep_language)
