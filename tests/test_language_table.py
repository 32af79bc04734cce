"""The one table of interface languages: every row complete, and each language has a catalogue."""

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from babel import Locale

from directory.web.languages import LANGUAGES, Language, by_code, codes, translated_codes

CATALOGUES = Path(__file__).resolve().parent.parent / "directory" / "translations"


def test_english_comes_first_and_every_other_language_is_a_translation():
    assert codes()[0] == "en"
    assert translated_codes() == codes()[1:]
    assert len(set(codes())) == len(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_each_language_has_a_babel_locale_that_agrees_on_its_direction(language):
    locale = Locale.parse(language.locale)
    assert locale.language == language.code
    assert locale.text_direction == language.direction


@pytest.mark.parametrize("code", translated_codes())
def test_each_translated_language_has_its_catalogue(code):
    folder = CATALOGUES / code / "LC_MESSAGES"
    assert (folder / "messages.po").is_file() and (folder / "messages.mo").is_file()


def test_only_site_languages_are_found_by_code():
    assert by_code("ur").direction == "rtl"
    assert by_code("ur-Latn") is None and by_code("") is None and by_code(None) is None


def test_a_row_is_fixed_and_its_direction_is_ltr_or_rtl():
    with pytest.raises(ValueError, match="direction"):
        Language("xx", "X", "en_GB", "up")
    with pytest.raises(FrozenInstanceError):
        LANGUAGES[0].code = "xx"
