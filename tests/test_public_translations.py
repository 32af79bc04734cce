"""Every interface string — public pages, the provider portal, the admin pages and every
email — is translated into Polish, Romanian and Urdu, and compiled."""

import importlib.util
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo

from directory.web.languages import translated_codes

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = translated_codes()


def load_script():
    spec = importlib.util.spec_from_file_location("translations",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = load_script()


@pytest.fixture(scope="module")
def public_messages():
    messages = translations.interface_messages()
    assert len(messages) > 1000, "the extraction found too few strings: check SOURCES"
    return messages


@pytest.mark.parametrize("part", sorted(translations.PARTS))
def test_each_part_of_the_interface_is_checked(public_messages, part):
    own = translations.interface_messages((translations.PARTS[part],))
    assert len(own) > 10, f"no strings found in the {part}"
    assert own.keys() <= public_messages.keys()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_public_string_is_translated(public_messages, lang):
    gaps = translations.missing(lang, public_messages)
    assert not gaps, (f"{len(gaps)} interface strings are missing, empty or fuzzy in {lang}: run "
                      f"`.venv/bin/python scripts/translations.py` and translate them:\n"
                      + "\n".join(gaps[:40]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_matches_the_translations(public_messages, lang):
    folder = translations.CATALOGUES / lang / "LC_MESSAGES"
    with (folder / "messages.mo").open("rb") as handle:
        compiled = read_mo(handle)
    stale = [msgid for msgid in public_messages
             if not (compiled.get(msgid) and compiled.get(msgid).string)]
    assert not stale, f"messages.mo is out of date in {lang}: run scripts/translations.py compile"


def test_translations_are_not_english_copies(public_messages):
    from babel.messages.pofile import read_po

    for lang in LANGUAGES:
        with (translations.CATALOGUES / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalogue = read_po(f)
        copies = [m for m in public_messages if (entry := catalogue.get(m))
                  and entry.string == m and len(m) > 25]
        assert not copies, f"{lang} has English left in place: {copies[:5]}"
