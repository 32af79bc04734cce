"""Helpers for public pages: local formats, language links, the crisis strip.

Installed for every template by ``directory/web/template_helpers.py``.
"""

import re
from datetime import date, time
from urllib.parse import parse_qsl, urlencode, urlsplit

from babel import Locale
from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list
from babel.numbers import format_decimal
from flask import has_request_context, request
from flask_babel import gettext
from markupsafe import Markup

from ..listings import facts
from ..web.contacts import crisis_contacts
from ..web.languages import babel_locale, by_code, current_language, text_direction

# Blueprints whose links carry ?lang= on when the visitor arrived with it.
LANG_CARRYING = {"public", "search_pages", "signpost"}
# When the accessibility statement was last reviewed (update it with the statement).
STATEMENT_DATE = date(2026, 11, 24)
STRIP_CONTACTS = ("local", "childline", "samaritans", "shout")
_TEXT_KEYWORD = re.compile(r"\b(?i:text)\s+([A-Z][A-Z0-9]+)\s+to\b")  # "Text SHOUT to 85258"


def long_date(value: date | None) -> str:
    """Format a date in full, the local way (24 November 2026)."""
    return format_date(value, "long", locale=babel_locale()) if value else ""


def clock(value: str) -> str:
    """Format an "HH:MM" time (where "24:00" means midnight) the local way."""
    hours, minutes = (int(part) for part in value.split(":"))
    return format_time(time(hours % 24, minutes), "short", locale=babel_locale())


def number(value, digits: int = 1) -> str:
    """Format a number the local way, with at most ``digits`` decimals."""
    return format_decimal(round(float(value), digits), locale=babel_locale())


def labels(codes, vocabulary: dict) -> list:
    """Return the words for codes from one of the fixed vocabularies (vocabulary.fixed)."""
    return [vocabulary.get(code, code) for code in codes]


def and_list(items) -> str:
    """Join words into a list the local way ("A, B and C"; Urdu uses its own comma)."""
    return format_list([str(item) for item in items], style="standard", locale=babel_locale())


def bidi(value) -> Markup:
    """Isolate a number or code so right-to-left text keeps its digits in order."""
    return Markup("<bdi>{}</bdi>").format(value)


def weekday_name(index: int) -> str:
    """Return the local name of a weekday (0 = Monday)."""
    return get_day_names("wide", locale=babel_locale())[index]


def language_name(code: str) -> str:
    """Return a language's name in the page's language, or the code if unknown."""
    locale = Locale.parse(babel_locale())
    return (locale.languages.get(code) or code).capitalize()


def path_without_lang() -> str:
    """Return this page's path and query without ?lang= (the language link's return path)."""
    query = [(k, v) for k, v in parse_qsl(request.query_string.decode(), keep_blank_values=True)
             if k != "lang"]
    return request.path + (f"?{urlencode(query)}" if query else "")


def safe_next(target: str | None) -> str:
    """Return ``target`` if it is a path on this site, else "/" (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or any(ch in target for ch in "\\\r\n\t"):
        return "/"
    return target


def chosen_lang() -> str | None:
    """Return ?lang= when the visitor arrived with a valid one."""
    lang = request.args.get("lang")
    return lang if by_code(lang) else None


def strip_contacts() -> list[dict]:
    """Return the contacts shown in the crisis strip, in order."""
    by_id = {contact.get("id"): contact for contact in crisis_contacts()}
    return [by_id[key] for key in STRIP_CONTACTS if key in by_id]


def text_keyword(contact: dict) -> str:
    """Return the word to text (SHOUT) from a contact's "how", or ""."""
    match = _TEXT_KEYWORD.search(contact.get("how") or "")
    return match.group(1) if match else ""


def keep_language(endpoint: str, values: dict) -> None:
    """Carry ?lang= into links to public pages, so a chosen language sticks without a cookie."""
    if not has_request_context() or endpoint in ("public.language", "static") or "lang" in values:
        return
    lang = chosen_lang()
    if lang and endpoint.partition(".")[0] in LANG_CARRYING:
        values["lang"] = lang


def linked_numbers(text: str) -> Markup:
    """Show provider text with its phone numbers as tel: and its text numbers as sms: links."""
    return Markup("").join(
        Markup('<a href="{}">{}</a>').format(href, words) if href else Markup.escape(words)
        for words, href in facts.number_links(text))


def data_lang():
    """Mark provider-written (English) text with lang="en" on pages in another language."""
    if current_language() == "en":
        return Markup("")
    return Markup(' lang="en" dir="ltr"' if text_direction() == "rtl" else ' lang="en"')


def crisis_words(text: str) -> Markup:
    """Translate a crisis contact's words when the catalogue has them, else mark them English."""
    translated = gettext(text)
    if translated == text and current_language() != "en":
        return Markup("<span{}>{}</span>").format(data_lang(), text)
    return Markup("{}").format(translated)

