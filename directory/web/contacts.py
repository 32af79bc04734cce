"""The crisis contacts every page offers: the national ones, with the site's local line first."""

import json
from functools import cache

from flask import current_app

from .. import paths


@cache
def _seed_crisis_contacts() -> list[dict]:
    """Read the national contacts shipped with the code (cached per process: keyed by nothing)."""
    data = json.loads((paths.SEED / "crisis_contacts.json").read_text(encoding="utf-8"))
    return data["contacts"] if isinstance(data, dict) else data


def crisis_contacts() -> list[dict]:
    """Return the national crisis contacts, with the site's local crisis line first if set."""
    contacts = list(_seed_crisis_contacts())
    phone = current_app.config.get("LOCAL_CRISIS_LINE")
    if phone:
        name = current_app.config.get("LOCAL_CRISIS_LINE_NAME") or "Local 24/7 mental health line"
        contacts.insert(1, {"id": "local", "name": name, "phone": phone, "how": f"Call {phone}",
                            "hours": "24/7", "who": "Anyone in this area, any age"})
    return contacts
