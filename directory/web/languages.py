"""The site's interface languages, in one table, and the choice of one for each request.

Adding a language is one row in ``LANGUAGES`` plus its catalogue in ``directory/translations/``
(``scripts/translations.py`` creates and checks it); everything else reads this table.
"""

from dataclasses import dataclass

from flask import current_app, has_request_context, request
from flask_babel import get_locale

LANGUAGE_COOKIE = "lang"
SOURCE_LANGUAGE = "en"  # the language the interface is written in; the others are translations


@dataclass(frozen=True)
class Language:
    """One interface language."""

    code: str  # in ?lang=, the cookie, <html lang> and the catalogue's folder name
    name: str  # its name in its own language, as the language links show it
    locale: str  # Babel's locale for dates and numbers ("en" alone would format them US-style)
    direction: str  # "ltr" or "rtl", for <html dir>

    def __post_init__(self):
        if self.direction not in ("ltr", "rtl"):
            raise ValueError(f"{self.code}: direction is 'ltr' or 'rtl', not {self.direction!r}")


LANGUAGES = (
    Language("en", "English", "en_GB", "ltr"),
    Language("pl", "Polski", "pl_PL", "ltr"),
    Language("ro", "Română", "ro_RO", "ltr"),
    Language("ur", "اردو", "ur_PK", "rtl"),
)
_BY_CODE = {language.code: language for language in LANGUAGES}


def by_code(code: str | None) -> Language | None:
    """Return the site language with this code, or None if the site has none."""
    return _BY_CODE.get(code)


def codes() -> tuple[str, ...]:
    """Return every site language's code, the source language first."""
    return tuple(_BY_CODE)


def translated_codes() -> tuple[str, ...]:
    """Return the codes of the languages the interface is translated into (all but English)."""
    return tuple(code for code in _BY_CODE if code != SOURCE_LANGUAGE)


def names() -> dict[str, str]:
    """Return {code: name in its own language} for the language links, in table order."""
    return {language.code: language.name for language in LANGUAGES}


def select_locale() -> str:
    """Choose the language: ?lang=, then the visitor's chosen cookie, then the browser's."""
    if not has_request_context():  # commands (create-user, send-reminders) render text too
        return current_app.config.get("BABEL_DEFAULT_LOCALE", SOURCE_LANGUAGE)
    for candidate in (request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if candidate in _BY_CODE:
            return candidate
    return request.accept_languages.best_match(codes()) or SOURCE_LANGUAGE


def current_language() -> str:
    """Return the code of the language this page is shown in."""
    return str(get_locale() or SOURCE_LANGUAGE)


def current() -> Language:
    """Return the language this page is shown in (the source language if it is not a site one)."""
    return _BY_CODE.get(current_language()) or _BY_CODE[SOURCE_LANGUAGE]


def text_direction() -> str:
    """Return 'rtl' for right-to-left languages, else 'ltr'."""
    return current().direction


def babel_locale() -> str:
    """Return the Babel locale for the page's language."""
    return current().locale
