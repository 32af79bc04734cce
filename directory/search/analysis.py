"""Text analysis for indexing and querying: folding, stemming and the plain-words vocabulary."""

import csv
import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.analysis import STOP_WORDS
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

from directory import paths

_APOSTROPHES = re.compile(r"['’‘`´]")
_WORD = re.compile(r"[a-z0-9]+")
_STEMS: dict[str, str] = {}
_STEM_CACHE_LIMIT = 200_000


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes ("Can’t" gives "cant", "café" gives "cafe")."""
    text = (text or "").lower().translate(accent_map)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _APOSTROPHES.sub("", text)


def words(text: str) -> list[str]:
    """Return the folded words of a text, stop words included."""
    return _WORD.findall(fold(text))


def stem(word: str) -> str:
    """Return the English (Porter) stem of a folded word, cached."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > _STEM_CACHE_LIMIT:
            _STEMS.clear()
        found = _STEMS[word] = porter_stem(word)
    return found


def is_content(word: str) -> bool:
    """Say whether a folded word is worth indexing (not a stop word, not a single letter)."""
    return len(word) > 1 and word not in STOP_WORDS


def index_terms(parts) -> dict[str, tuple[int, float]]:
    """Return {stem: (frequency, boosted weight)} for (text, boost) parts, as BM25F wants."""
    terms: dict[str, tuple[int, float]] = {}
    for text, boost in parts:
        for word in _WORD.findall(fold(text)):
            if len(word) > 1 and word not in STOP_WORDS:
                key = _STEMS.get(word) or stem(word)
                freq, weight = terms.get(key, (0, 0.0))
                terms[key] = (freq + 1, weight + boost)
    return terms


@dataclass(frozen=True)
class Phrase:
    """A plain-words phrase and the topic (or support type) it stands for."""

    stems: tuple[str, ...]
    topic: str
    crisis: bool


@dataclass
class Vocabulary:
    """The editable plain-words vocabulary (seed/vocabulary.csv), indexed by first stem."""

    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    crisis_topics: frozenset[str] = frozenset()
    words: set[str] = field(default_factory=set)  # every word of every phrase, for corrections

    def add(self, text: str, topic: str, crisis: bool) -> None:
        """Add one phrase; longer phrases are tried first."""
        found = words(text)
        self.words.update(w for w in found if len(w) > 3)
        stems = tuple(stem(w) for w in found)
        if not stems:
            return
        bucket = self.phrases.setdefault(stems[0], [])
        if all(p.stems != stems for p in bucket):
            bucket.append(Phrase(stems, topic, crisis))
            bucket.sort(key=lambda p: -len(p.stems))

    def find(self, stems: list[str]) -> list[tuple[int, int, Phrase]]:
        """Return (start, end, phrase) for the longest phrases found, left to right."""
        found, i = [], 0
        while i < len(stems):
            match = next((p for p in self.phrases.get(stems[i], ())
                          if tuple(stems[i:i + len(p.stems)]) == p.stems), None)
            if match is None:
                i += 1
                continue
            found.append((i, i + len(match.stems), match))
            i += len(match.stems)
        return found

    def crisis_in(self, stems: list[str]) -> set[str]:
        """Return crisis topics with a phrase anywhere in stems, even inside a longer phrase."""
        found = set()
        for i, first in enumerate(stems):
            for p in self.phrases.get(first, ()):
                if p.crisis and tuple(stems[i:i + len(p.stems)]) == p.stems:
                    found.add(p.topic)
        return found


def load_vocabulary(path: Path) -> Vocabulary:
    """Read topic,crisis,phrases rows; each topic's own code counts as a phrase too."""
    vocabulary = Vocabulary()
    crisis_topics = set()
    with path.open(encoding="utf-8-sig", newline="") as file:
        for row in csv.DictReader(file):
            topic = (row.get("topic") or "").strip()
            if not topic:
                continue
            crisis = (row.get("crisis") or "").strip().lower() in {"yes", "y", "true", "1"}
            if crisis:
                crisis_topics.add(topic)
            vocabulary.add(topic.replace("-", " "), topic, crisis)
            for phrase in (row.get("phrases") or "").split(";"):
                vocabulary.add(phrase, topic, crisis)
    vocabulary.crisis_topics = frozenset(crisis_topics)
    return vocabulary


_loaded: dict[str, tuple[float, Vocabulary]] = {}
_lock = threading.Lock()


def vocabulary(path: Path | None = None) -> Vocabulary:
    """Return the vocabulary, re-read when the file changes (edits need no reindex)."""
    path = path or paths.SEED / "vocabulary.csv"
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        return Vocabulary()
    cached = _loaded.get(str(path))
    if cached is None or cached[0] != mtime:
        with _lock:
            cached = (mtime, load_vocabulary(path))
            _loaded[str(path)] = cached
    return cached[1]


def detect_crisis(text: str) -> list[str]:
    """Return the crisis topic codes whose phrases appear in text, such as "self harm"."""
    return sorted(vocabulary().crisis_in([stem(w) for w in words(text)]))
