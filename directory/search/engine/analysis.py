"""Text analysis for indexing and querying: folding, stemming and the plain-words vocabulary.

Folding is mirrored by static/js/signpost.js (``words``), which matches the signposting notes in
the browser against phrases folded here: change one, change the other.
"""

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.analysis import STOP_WORDS
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

from directory import paths

from .slips import ANCHOR_LENGTH, allowance, slips

_APOSTROPHES = re.compile(r"['’‘`´]")
# Letters of the Arabic script as Urdu uses them (not its punctuation, digits or marks).
ARABIC_LETTERS = ("\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
                  "\u06fa-\u06fc\u06ff")
_WORD = re.compile(f"[a-z0-9{ARABIC_LETTERS}]+")
# Arabic-keyboard letters become the Urdu ones, Eastern digits ASCII; joiners and the
# lengthening stroke (tatweel) go. (Latin letters that don't decompose, such as "ł", are in
# Whoosh's accent map.)
_SCRIPT_FOLDS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ة": "ہ", "\u0640": None, "\u061c": None,
     "\u200b": None, "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
     "\ufeff": None}
    | {chr(0x0660 + n): str(n) for n in range(10)} | {chr(0x06F0 + n): str(n) for n in range(10)}
)
_STEMS: dict[str, str] = {}
_STEM_CACHE_LIMIT = 200_000


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes ("Can’t" gives "cant", "żyć" gives "zyc")."""
    text = (text or "").lower().translate(accent_map)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if unicodedata.category(c)[0] != "M")
        text = text.translate(_SCRIPT_FOLDS)
    return _APOSTROPHES.sub("", text)


def words(text: str) -> list[str]:
    """Return the folded words of a text, stop words included."""
    return _WORD.findall(fold(text))


def stem(word: str) -> str:
    """Return the English (Porter) stem of a folded word, cached; Urdu words stay whole."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > _STEM_CACHE_LIMIT:
            _STEMS.clear()
        found = _STEMS[word] = porter_stem(word) if word.isascii() else word
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
    words: tuple[str, ...] = ()  # folded, not stemmed: what typing slips are measured against
    lang: str = "en"  # the vocabulary row's language (Roman Urdu is "ur-Latn")


NEAR_CACHE_LIMIT = 50_000
MAX_PHRASE_SLIPS = 2  # in a whole phrase


@dataclass
class Vocabulary:
    """The editable plain-words vocabulary (seed/vocabulary.csv), indexed by first stem."""

    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    crisis_topics: frozenset[str] = frozenset()
    # Words of the English phrases, which typo corrections aim at (the index's language), and
    # of every phrase in any language, which are never taken for a slip of another word.
    words: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)
    # Crisis phrases by their first folded word, and their words by first letter, for slips.
    crisis_starts: dict[str, list[Phrase]] = field(default_factory=dict)
    crisis_words: dict[str, set[str]] = field(default_factory=dict)
    _near: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)

    def add(self, text: str, topic: str, crisis: bool, lang: str = "en") -> None:
        """Add one phrase; longer phrases are tried first."""
        found = words(text)
        self.known.update(found)
        if lang == "en":
            self.words.update(w for w in found if len(w) > 3)
        stems = tuple(stem(w) for w in found)
        if not stems:
            return
        phrase = Phrase(stems, topic, crisis, tuple(found), lang)
        bucket = self.phrases.setdefault(stems[0], [])
        if all(p.stems != stems for p in bucket):
            bucket.append(phrase)
            bucket.sort(key=lambda p: -len(p.stems))
        if crisis:  # every spelling, even of the same stems ("suicide", "suicidal")
            self._add_crisis(phrase)

    def _add_crisis(self, phrase: Phrase) -> None:
        self.crisis_starts.setdefault(phrase.words[0], []).append(phrase)
        for word in phrase.words:
            if len(word) >= ANCHOR_LENGTH:
                self.crisis_words.setdefault(word[0], set()).add(word)

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

    def crisis_in(self, folded: list[str]) -> set[str]:
        """Return crisis topics with a phrase anywhere in the folded words, even mistyped."""
        stems = [stem(w) for w in folded]
        found = set()
        for i, word in enumerate(folded):
            candidates = [p for p in self.phrases.get(stems[i], ()) if p.crisis]
            for meant in self.near(word):
                candidates += self.crisis_starts.get(meant, ())
            for phrase in candidates:
                if phrase.topic not in found and self._typed_at(phrase, folded, stems, i):
                    found.add(phrase.topic)
        return found

    def near(self, typed: str) -> dict[str, int]:
        """Return {crisis-phrase word: slips} for the words a typed word may be a slip of.

        A word of the vocabulary, or a stop word, is taken as meant: it is never a slip.
        """
        found = self._near.get(typed)
        if found is None:
            found = {}
            if typed and typed not in self.known and typed not in STOP_WORDS:
                for meant in self.crisis_words.get(typed[0], ()):
                    count = slips(typed, meant, allowance(meant, alone=False))
                    if count:
                        found[meant] = count
            if len(self._near) > NEAR_CACHE_LIMIT:
                self._near.clear()
            self._near[typed] = found
        return found

    def _typed_at(self, phrase: Phrase, folded: list[str], stems: list[str], i: int) -> bool:
        """Say whether the phrase was typed at position i, exactly or through a few slips."""
        if i + len(phrase.stems) > len(stems):
            return False
        alone = len(phrase.stems) == 1
        total, anchored = 0, alone
        for offset, (meant_stem, meant) in enumerate(zip(phrase.stems, phrase.words,
                                                         strict=True)):
            if stems[i + offset] == meant_stem:
                anchored = anchored or len(meant) >= ANCHOR_LENGTH
                continue
            count = self.near(folded[i + offset]).get(meant)
            if count is None or count > allowance(meant, alone):
                return False
            total += count
        return total == 0 or (total <= MAX_PHRASE_SLIPS and anchored)


def load_vocabulary(path: Path) -> Vocabulary:
    """Read topic,crisis,lang,phrases rows; each topic's own code counts as a phrase too."""
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
            lang = (row.get("lang") or "").strip() or "en"
            vocabulary.add(topic.replace("-", " "), topic, crisis)
            for phrase in (row.get("phrases") or "").split(";"):
                vocabulary.add(phrase, topic, crisis, lang)
    vocabulary.crisis_topics = frozenset(crisis_topics)
    return vocabulary


def vocabulary(path: Path | None = None) -> Vocabulary:
    """Return the vocabulary, re-read when the file changes (edits need no reindex)."""
    return paths.read_when_changed(path or paths.SEED / "vocabulary.csv", load_vocabulary,
                                   Vocabulary())


def detect_crisis(text: str | None, corrected: str | None = None) -> list[str]:
    """Return the crisis topic codes whose phrases are in the text, even mistyped.

    ``corrected`` is the text with the search's typo corrections (its "did you mean"): its
    crisis phrases count too, but only through corrections that undo a typing slip
    ("wnat to die"), never one that turns another word into a crisis word ("grape").
    """
    known = vocabulary()
    typed = words(text or "")
    found = known.crisis_in(typed)
    if corrected:
        found |= known.crisis_in(_slips_undone(typed, words(corrected)))
    return sorted(found)


def _slips_undone(typed: list[str], fixed: list[str]) -> list[str]:
    """Return the typed words with each correction kept only where it undoes a slip."""
    if len(typed) != len(fixed):
        return typed
    return [fix if fix == word or slips(word, fix, 1) is not None else word
            for word, fix in zip(typed, fixed, strict=True)]
