"""Who the words are about: young people (always), parents and carers, or professionals.

``seed/audience.csv`` (``audience,phrases``) lists the words that say the person searching is a
parent or carer ("my son", "dads", "as a parent") or works with young people ("teacher",
"pupil", "training"); they are matched on stems, longest first, like the plain-words vocabulary.
Search then lifts the penalty on services for that audience (``priors.py``), never lowering
young people's services.

A parent word straight after "my" ("my mum hits me", "my dad drinks", "my mum and dad") is
the young person's own parent: not a request for parents' services. Those words neither count
as the parenting topic nor match any text.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

from directory import paths

from .analysis import Vocabulary, stem, words

YOUNG_PEOPLE = "young-people"
PARENTS = "parents-carers"
PROFESSIONALS = "professionals"
PARENTING_TOPIC = "parenting"  # the vocabulary topic that is itself a parent's request
_POSSESSIVE = "my"
_JOINERS = ("and", "or")


@dataclass(frozen=True)
class Intent:
    """Whom the words are about, and the positions of words naming the searcher's own parent."""

    audiences: frozenset[str]
    relatives: frozenset[int]


def load_phrases(path: Path) -> Vocabulary:
    """Read audience,phrases rows into a phrase table (the audience stands as the topic)."""
    table = Vocabulary()
    with path.open(encoding="utf-8-sig", newline="") as file:
        for row in csv.DictReader(file):
            audience = (row.get("audience") or "").strip()
            for phrase in (row.get("phrases") or "").split(";"):
                if audience and phrase.strip():
                    table.add(phrase, audience, False)
    return table


def phrases(path: Path | None = None) -> Vocabulary:
    """Return the audience phrases, re-read when the file changes."""
    return paths.read_when_changed(path or paths.SEED / "audience.csv", load_phrases,
                                   Vocabulary())


def _taxonomy_kinds(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return {row["code"]: row["kind"] for row in csv.DictReader(file)}


def support_types(path: Path | None = None) -> set[str]:
    """Return the support-type codes of the taxonomy (seed/taxonomy.csv), re-read on change."""
    kinds = paths.read_when_changed(path or paths.SEED / "taxonomy.csv", _taxonomy_kinds, {})
    return {code for code, kind in kinds.items() if kind == "support_type"}


def beside_a_need(topics) -> bool:
    """Say whether the words name a need (a topic, not a kind of support) besides parenting."""
    kinds = support_types()
    return any(t != PARENTING_TOPIC and t not in kinds for t in topics)


def relatives(folded: list[str]) -> frozenset[int]:
    """Return the positions of parent words that name the searcher's own parent ("my mum")."""
    found: set[int] = set()
    for start, end, phrase in phrases().find([stem(w) for w in folded]):
        if phrase.topic != PARENTS or end - start != 1 or start == 0:
            continue
        before = folded[start - 1]
        if before == _POSSESSIVE or (before in _JOINERS and start - 2 in found):
            found.add(start)
    return frozenset(found)


def intent(q: str, topics=()) -> Intent:
    """Return whom the words are about, given the vocabulary topics they were read as."""
    folded = words(q)
    own = relatives(folded)
    audiences = {YOUNG_PEOPLE}
    for start, end, phrase in phrases().find([stem(w) for w in folded]):
        if not set(range(start, end)) <= own:
            audiences.add(phrase.topic)
    if PARENTING_TOPIC in topics:
        audiences.add(PARENTS)
    return Intent(frozenset(audiences), own)
