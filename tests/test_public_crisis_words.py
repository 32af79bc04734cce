"""The seed crisis contacts' words are all marked for translation, so get-help-now is translated."""

import json

from directory import paths
from directory.views.public_helpers import STRIP_CONTACTS
from directory.vocabulary.crisis_words import SEED_WORDS


def seed_contacts() -> list[dict]:
    data = json.loads((paths.SEED / "crisis_contacts.json").read_text(encoding="utf-8"))
    return data["contacts"] if isinstance(data, dict) else data


def test_every_word_of_the_seed_contacts_is_marked_for_translation(app):
    with app.test_request_context():
        marked = {str(word) for word in SEED_WORDS}
    shown = {contact[field] for contact in seed_contacts()
             for field in ("who", "hours", "notes") if contact.get(field)}
    assert shown <= marked, f"add these to directory/crisis_words.py: {shown - marked}"


def test_the_crisis_strip_contacts_exist_in_the_seed():
    ids = {contact["id"] for contact in seed_contacts()}
    assert set(STRIP_CONTACTS) - {"local"} <= ids
