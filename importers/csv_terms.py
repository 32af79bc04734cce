"""Read the coded columns of an import file forgivingly: a code, a name or a plain-words phrase.

A topic may be written ``low-mood``, ``Feeling low or down`` or ``low mood``; case, spaces,
hyphens and underscores never matter. What matches nothing is refused with the nearest codes.
"""

import csv
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from directory import paths
from directory.models import LocalAuthority, TaxonomyTerm
from directory.vocabulary import fixed, thrive

# Column → what one of its items is called in a problem.
WHAT = {"groupings": "grouping", "topics": "topic", "support_types": "support type",
        "audience": "audience", "service_areas": "local authority"}
KINDS = {"topic": "topics", "support_type": "support_types"}
SEPARATORS = re.compile(r"[\s_-]+")
SUGGESTIONS = 3


def normalise(text: str) -> str:
    """Return the key a term is matched by: casefolded; spaces, hyphens and underscores alike."""
    return SEPARATORS.sub(" ", text.casefold()).strip()


@dataclass
class Terms:
    """The codes one column accepts, and every key (code, name, phrase) that names them."""

    what: str
    names: dict[str, str] = field(default_factory=dict)  # code → name
    keys: dict[str, list[str]] = field(default_factory=dict)  # key → codes it may mean

    def add_phrase(self, code: str, phrase: str) -> None:
        """Let a plain-words phrase name a code (add phrases first: codes and names win)."""
        codes = self.keys.setdefault(normalise(phrase), [])
        if code not in codes:
            codes.append(code)

    def add_code(self, code: str, name: str) -> None:
        """Accept a code, by itself and by its name; these win over any phrase."""
        self.names[code] = name
        for key in (normalise(code), normalise(name)):
            self.keys[key] = [code]

    def resolve(self, item: str) -> str:
        """Return the code an item names; raise UnknownTerm with the nearest codes if none."""
        codes = self.keys.get(normalise(item), [])
        if len(codes) == 1:
            return codes[0]
        reason = (f"'{item}' could mean more than one {self.what}" if codes
                  else f"unknown {self.what} '{item}'")
        raise UnknownTerm(reason, self.suggest(item, list(codes)))

    def suggest(self, item: str, codes: list[str]) -> str:
        """Return "did you mean …?" naming up to three codes near the item."""
        wanted = normalise(item)
        near = difflib.get_close_matches(wanted, self.keys, n=20, cutoff=0.5)
        for key in sorted(near, key=lambda key: -_likeness(wanted, key)):
            codes += [code for code in self.keys[key] if code not in codes]
        named = [f"{code} ({self.names[code]})" for code in codes[:SUGGESTIONS]]
        if not named:
            return ""
        listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"
        return f"did you mean {listed}?"


def _likeness(wanted: str, key: str) -> float:
    """Score a key against what was written, whole and by its best-matching pair of words."""
    # By words too, so "eating probs" is nearest "eating", not "sleep problems".
    best_word = max((difflib.SequenceMatcher(None, w, k).ratio()
                     for w in wanted.split() for k in key.split()), default=0.0)
    return (difflib.SequenceMatcher(None, wanted, key).ratio() + best_word) / 2


class UnknownTerm(ValueError):
    """An item that names no code; ``suggestion`` says which codes it is nearest."""

    def __init__(self, reason: str, suggestion: str):
        super().__init__(reason)
        self.suggestion = suggestion


def build_lookup(session: Session, seed: Path = paths.SEED) -> dict[str, Terms]:
    """Return {column: Terms} for every coded column, from the database and the vocabulary."""
    lookup = {column: Terms(what) for column, what in WHAT.items()}
    _add_vocabulary(lookup, session, seed)
    for kind, code, name in session.exec(
            select(TaxonomyTerm.kind, TaxonomyTerm.code, TaxonomyTerm.name)):
        lookup[KINDS.get(kind, "support_types")].add_code(code, name)
    for grouping in thrive.GROUPINGS:
        lookup["groupings"].add_code(grouping.code, str(grouping.name))
    for code, name in fixed.AUDIENCES.items():
        lookup["audience"].add_code(code, str(name))
    for code, name in session.exec(select(LocalAuthority.code, LocalAuthority.name)):
        lookup["service_areas"].add_code(code, name)
    return lookup


def _add_vocabulary(lookup: dict[str, Terms], session: Session, seed: Path) -> None:
    kinds = dict(session.exec(select(TaxonomyTerm.code, TaxonomyTerm.kind)).all())
    for row in _rows(seed / "vocabulary.csv"):
        if row["topic"] in kinds:
            for phrase in row["phrases"].split(";"):
                lookup[KINDS.get(kinds[row["topic"]], "support_types")].add_phrase(
                    row["topic"], phrase)
    for row in _rows(seed / "audience.csv"):
        for phrase in row["phrases"].split(";"):
            lookup["audience"].add_phrase(row["audience"], phrase)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def resolve_items(terms: Terms, items: list[str]) -> list[str]:
    """Return the codes a cell's items name, in order, each once; raise UnknownTerm if any fail."""
    return list(dict.fromkeys(terms.resolve(item) for item in items))
