"""Words to index terms: plain-words phrases, stemming and typo correction."""

import re
from dataclasses import dataclass, field
from string import ascii_lowercase

from .analysis import is_content, stem, vocabulary, words
from .postings import STRONG

TOPIC_WEIGHT = 5.0  # a plain-words phrase matching a listing's topic, times the topic's focus
ECHO_BOOST = 0.5  # the words of a recognised phrase still count, a little
MIN_CORRECTION_LENGTH = 4


@dataclass
class TextQuery:
    """What the words of a search mean to the index."""

    # (field, term) -> boost. "t:<code>" terms are topics; the words of a recognised phrase are
    # looked up in STRONG, the postings where they weigh at least 2 (name, topics, summary, or
    # said twice): tie-breakers among the topic's services, cheap even for common words.
    terms: dict = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    suggestion: str | None = None


def parse(view, q: str) -> TextQuery:
    """Turn the words someone typed into weighted index terms, correcting unknown words."""
    query = TextQuery()
    folded = words(q)
    known = vocabulary()
    consumed = _covered(known.find([stem(w) for w in folded]))
    fixes = {}
    for i, word in enumerate(folded):
        if is_content(word) and i not in consumed and not view.has_term(stem(word)):
            fix = correct(view, word)
            if fix:
                fixes[word] = folded[i] = fix
    stems = [stem(w) for w in folded]
    found = known.find(stems)
    for _, _, phrase in found:
        _add(query, ("text", f"t:{phrase.topic}"), TOPIC_WEIGHT)
        if phrase.topic not in query.topics:
            query.topics.append(phrase.topic)
    consumed = _covered(found)
    for i, (word, term) in enumerate(zip(folded, stems, strict=True)):
        if is_content(word) and view.has_term(term) and i not in consumed:
            _add(query, ("text", term), 1.0)
    for i in sorted(consumed):
        term = stems[i]
        if is_content(folded[i]) and ("text", term) not in query.terms and view.has_term(term):
            _add(query, (STRONG, term), ECHO_BOOST)
    if fixes:
        query.suggestion = _rewrite(q, fixes)
    return query


def _covered(found) -> set[int]:
    return {i for start, end, _ in found for i in range(start, end)}


def _add(query: TextQuery, key: tuple[str, str], boost: float) -> None:
    query.terms[key] = max(boost, query.terms.get(key, 0.0))


def _rewrite(q: str, fixes: dict[str, str]) -> str:
    """Return the query with each misspelt word replaced, keeping the rest as typed."""
    def replace(match):
        word = match.group(0)
        return fixes.get(word.lower().replace("'", "").replace("’", ""), word)

    return re.sub(r"[\w'’]+", replace, q)


def edits1(word: str) -> set[str]:
    """Return every string one deletion, swap, change or insertion away from word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in ascii_lowercase]
    inserts = [a + c + b for a, b in splits for c in ascii_lowercase]
    return set(deletes + swaps + changes + inserts)


def correct(view, word: str) -> str | None:
    """Return the likeliest known word one edit away (two for plain-words vocabulary)."""
    if len(word) < MIN_CORRECTION_LENGTH or not word.isalpha():
        return None
    known = vocabulary().words
    best, best_score = None, 0.0
    for candidate in edits1(word):
        term = stem(candidate)
        if not view.has_term(term):
            continue
        score = view.doc_frequency("text", term) * (10 if candidate in known else 1)
        if score > best_score or (score == best_score and best and candidate < best):
            best, best_score = candidate, score
    if best is None and len(word) >= 6:
        close = [w for w in known if abs(len(w) - len(word)) <= 2 and w[0] == word[0]
                 and distance(w, word) <= 2 and view.has_term(stem(w))]
        best = min(close, key=lambda w: (distance(w, word), w), default=None)
    return best


def distance(a: str, b: str) -> int:
    """Return the Levenshtein distance between two short words."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
