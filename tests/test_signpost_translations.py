"""Every signposting string is translated into Polish, Romanian and Urdu, placeholders intact."""

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.mofile import read_mo

from directory.web.languages import translated_codes

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "directory" / "translations"
LANGUAGES = translated_codes()
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None}
SOURCES = ("templates/signpost/*.html", "directory/signposting*.py", "directory/views/signpost.py")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@pytest.fixture(scope="module")
def messages() -> list:
    found = []
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            method = "jinja2.ext:babel_extract" if path.suffix == ".html" else "python"
            for _line, message, _comments, _context in extract_from_file(
                    method, str(path), keywords=KEYWORDS, options={"trimmed": "false"}):
                if message not in found:
                    found.append(message)
    assert len(found) > 150, "the extraction found too few strings"
    return found


def compiled(lang: str):
    with (CATALOGUES / lang / "LC_MESSAGES" / "messages.mo").open("rb") as handle:
        return read_mo(handle)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_signposting_string_is_translated_and_compiled(messages, lang):
    catalogue = compiled(lang)
    gaps, broken = [], []
    for message in messages:
        msgid = message[0] if isinstance(message, tuple) else message
        entry = catalogue.get(msgid)
        strings = () if entry is None else (
            tuple(entry.string) if isinstance(entry.string, tuple | list) else (entry.string,))
        if not strings or not all(strings):
            gaps.append(msgid)
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(message if isinstance(message, tuple)
                                                  else (message,))))
        if any(set(PLACEHOLDER.findall(s)) != wanted for s in strings):
            broken.append(msgid)
    assert not gaps, (f"{len(gaps)} signposting strings are missing in {lang}: run "
                      "scripts/translations.py and translate them:\n" + "\n".join(gaps[:30]))
    assert not broken, f"placeholders differ in {lang}: {broken}"


def test_the_urdu_sheet_is_in_urdu(app, client):
    from public_support import add_service

    service_id = add_service(app)
    page = client.get(f"/signpost/sheet?services={service_id}&lang=ur").get_data(as_text=True)
    assert "مدد جو آپ آزما سکتے ہیں" in page  # "Support you could try"
    assert "Support you could try" not in page
