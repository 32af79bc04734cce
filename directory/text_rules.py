"""Which characters stored text may hold: one rule for ServiceInput, the forms and the importers.

Text from a listing or a form ends up in pages, email headers and PostgreSQL columns. A line
break in a name breaks the email headers built from it, PostgreSQL refuses NUL, and bidi
controls can make text read differently from what it says. So: one-line text holds no control
characters at all (Unicode category Cc), text that may run over several lines keeps only line
feeds and tabs (CRLF and CR become LF), and neither holds NUL or a bidi control.
"""

import re
from typing import Annotated

from flask_babel import lazy_gettext as _l
from pydantic import AfterValidator
from pydantic_core import PydanticCustomError
from wtforms.validators import ValidationError

ONE_LINE = "one_line"
CHARACTER = "character_not_allowed"
MESSAGES = {ONE_LINE: "must be on one line",
            CHARACTER: "contains a character that isn't allowed"}
FORM_MESSAGES = {
    ONE_LINE: _l("This must be on one line."),
    CHARACTER: _l("This contains a character that isn't allowed (an invisible control or "
                  "text-direction character). Try typing it rather than pasting it."),
}

_NEVER = re.compile("[\x00\u202a-\u202e\u2066-\u2069]")  # NUL, bidi embeddings/overrides/isolates
_LINE_BREAK = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # where str.splitlines breaks
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # exactly Unicode category Cc
_CONTROL_BUT_LAYOUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Cc except tab and LF
_HEADER_UNSAFE = re.compile("[\\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")


def normalise_newlines(text: str | None) -> str | None:
    """Turn CRLF and lone CR into LF (what browsers and spreadsheets send varies)."""
    if not text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_problem(text: str, multiline: bool = False) -> str | None:
    """Return the rule code ``text`` breaks (ONE_LINE or CHARACTER), or None when it is fine."""
    if multiline:
        text = normalise_newlines(text)
    if _NEVER.search(text):
        return CHARACTER
    if multiline:
        return CHARACTER if _CONTROL_BUT_LAYOUT.search(text) else None
    if _LINE_BREAK.search(text):
        return ONE_LINE
    return CHARACTER if _CONTROL.search(text) else None


def header_text(text: str) -> str:
    """Return ``text`` safe for an email header: whitespace and control runs become one space."""
    return _HEADER_UNSAFE.sub(" ", str(text)).strip()


def _check(text: str, multiline: bool) -> str:
    rule = text_problem(text, multiline)
    if rule:
        raise PydanticCustomError(rule, MESSAGES[rule])
    return normalise_newlines(text) if multiline else text


def check_one_line(text: str) -> str:
    """Refuse a line break, any other control character or a bidi control."""
    return _check(text, multiline=False)


def check_multi_line(text: str) -> str:
    """Refuse control characters other than line feeds and tabs; normalise line endings."""
    return _check(text, multiline=True)


OneLine = Annotated[str, AfterValidator(check_one_line)]
MultiLine = Annotated[str, AfterValidator(check_multi_line)]


class PlainText:
    """A WTForms validator applying the same rule, with words for a form."""

    def __init__(self, multiline: bool = False):
        self.multiline = multiline

    def __call__(self, form, field) -> None:
        rule = text_problem(field.data or "", self.multiline)
        if rule:
            raise ValidationError(FORM_MESSAGES[rule])
