"""The taxonomy terms of an imported ORUK service: ours by id, others by code or name.

A term from our own taxonomies (any directory running this software publishes the same ids)
is taken as it is. A term from another taxonomy is matched by code or name, in any case, to
our topics, support types, delivery modes and audiences; what matches nothing is kept for a
moderator to map (Service.oruk_unmapped). Groupings come only from our THRIVE taxonomy; for
other feeds they are proposed from the topics and support types (grouping_proposals.json).
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from directory.oruk import vocabulary as published
from directory.vocabulary import thrive

PROPOSALS = Path(published.__file__).with_name("grouping_proposals.json")
SOURCES = ("groupings", "topic", "support_type", "delivery_modes", "audience")


@dataclass
class Terms:
    """The codes found for each of our sources, and what could not be mapped."""

    codes: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SOURCES})
    unmapped: list[dict] = field(default_factory=list)
    ours: bool = False


def read_terms(document: dict, vocabulary) -> Terms:
    """Sort the service's attributes into our codes and the unmapped rest."""
    found = Terms()
    thrive_id = published.taxonomy("groupings").id
    for attribute in document.get("attributes") or []:
        term = attribute.get("taxonomy_term") or {}
        mine = vocabulary.by_id.get(term.get("id") or attribute.get("taxonomy_term_id"))
        if mine is None and term.get("taxonomy_id") in {t.id for t in published.taxonomies()}:
            source = next(t.source for t in published.taxonomies()
                          if t.id == term["taxonomy_id"])
            mine = vocabulary.term(source, term.get("code", ""))
        found.ours = found.ours or term.get("taxonomy_id") == thrive_id
        mine = mine or _by_words(term, vocabulary)
        if mine is None:
            found.unmapped.append(_kept(term))
        elif mine.code not in found.codes[mine.taxonomy.source]:
            found.codes[mine.taxonomy.source].append(mine.code)
    return found


def _by_words(term: dict, vocabulary):
    words = {str(term.get(key, "")).strip().casefold() for key in ("code", "name", "term")}
    words.discard("")
    for candidate in vocabulary.terms:
        if candidate.taxonomy.source == "groupings":
            continue  # a grouping is never guessed from another feed's words
        if {candidate.code.casefold(), candidate.name.casefold()} & words:
            return candidate
    return None


def _kept(term: dict) -> dict:
    kept = {key: term[key] for key in ("id", "code", "name", "term", "taxonomy", "taxonomy_id")
            if term.get(key) not in (None, "")}
    return {"kind": "taxonomy_term", **kept}


@cache
def _proposals() -> dict:
    return json.loads(PROPOSALS.read_text(encoding="utf-8"))


def proposed_groupings(topics: list[str], support_types: list[str]) -> list[str]:
    """Return the groupings to propose from topics and support types, in THRIVE order."""
    table = _proposals()
    wanted = {table["topic"].get(code) for code in topics}
    wanted |= {table["support_type"].get(code) for code in support_types}
    wanted.discard(None)
    return [code for code in thrive.CODES if code in wanted] or [table["otherwise"]]
