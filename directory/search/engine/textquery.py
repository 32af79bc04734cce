"""Words to index terms: plain-words phrases, stemming and typo correction."""

import re
from dataclasses import dataclass, field
from string import ascii_lowercase

from . import audience
from .analysis import is_content, stem, vocabulary, words
from .postings import echo_field, name_field

TOPIC_WEIGHT = 5.0  # a plain-words phrase matching a listing's topic, times the topic's focus
NAME_MATCH = 5.0  # a phrase's words all in the name of a service with its topic ("self harm")
NAME_ONLY = 2.5  # the same in the name of a service without the topic (nobody tagged it)
OTHER_WORDS = 0.3  # words outside any phrase, once a phrase has said what is needed
PARENTING_BESIDE_NEED = 0.5  # the parenting topic when another topic says what the need is
MIN_CORRECTION_LENGTH = 4


@dataclass
class TextQuery:
    """What the words of a search mean to the index."""

    # (field, term) -> boost. "t:<code>" terms are topics; the words of a recognised phrase are
    # looked up in echo_field(topic), the postings where they weigh at least 2 (name, topics,
    # summary, or said twice) among the services with that topic: tie-breakers among them,
    # which never bring in a service without the topic ("sleep" in "nowhere safe to sleep").
    terms: dict = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    suggestion: str | None = None
    audiences: frozenset = frozenset({audience.YOUNG_PEOPLE})  # whom the words are about


def parse(view, q: str) -> TextQuery:
    """Turn the words someone typed into weighted index terms, correcting unknown words."""
    query = TextQuery()
    folded = words(q)
    own = audience.relatives(folded)  # "mum" in "my mum hits me": matches nothing
    consumed = _covered(_phrases([stem(w) for w in folded], own)) | own
    fixes = {}
    for i, word in enumerate(folded):
        if is_content(word) and i not in consumed and not view.has_term(stem(word)):
            fix = correct(view, word)
            if fix:
                fixes[word] = folded[i] = fix
    stems = [stem(w) for w in folded]
    found = _phrases(stems, own)
    topic_at = {i: phrase.topic for start, end, phrase in found for i in range(start, end)}
    for _, _, phrase in found:
        if phrase.topic not in query.topics:
            query.topics.append(phrase.topic)
    for topic in query.topics:
        _add(query, ("text", f"t:{topic}"), _topic_weight(topic, query.topics))
    other = OTHER_WORDS if query.topics else 1.0
    for i, (word, term) in enumerate(zip(folded, stems, strict=True)):
        if is_content(word) and view.has_term(term) and i not in topic_at and i not in own:
            _add(query, ("text", term), other)
    for start, end, phrase in found:
        content = [stems[i] for i in range(start, end)
                   if is_content(folded[i]) and view.has_term(stems[i])]
        if content:
            share = _topic_weight(phrase.topic, query.topics) / TOPIC_WEIGHT
            _add(query, (echo_field(phrase.topic), " ".join(content)), NAME_MATCH * share)
            _add(query, (name_field(phrase.topic), " ".join(content)), NAME_ONLY * share)
    query.audiences = audience.intent(q, query.topics).audiences
    if fixes:
        query.suggestion = _rewrite(q, fixes)
    return query


def _topic_weight(topic: str, topics: list[str]) -> float:
    """Return a topic's weight: parenting says who is asking more than what is needed."""
    if topic == audience.PARENTING_TOPIC and audience.beside_a_need(topics):
        return TOPIC_WEIGHT * PARENTING_BESIDE_NEED
    return TOPIC_WEIGHT


def _phrases(stems: list[str], own: frozenset[int]) -> list:
    """Return the vocabulary phrases found, but none of parenting made of the searcher's parent."""
    return [(start, end, phrase) for start, end, phrase in vocabulary().find(stems)
            if phrase.topic != audience.PARENTING_TOPIC or not set(range(start, end)) <= own]


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
    table = vocabulary()
    known = table.words
    best, best_score = None, 0.0
    for candidate in edits1(word):
        term = stem(candidate)
        if not (view.has_term(term) or _whole_phrase(table, candidate)):
            continue
        score = (view.doc_frequency("text", term) + 1) * (10 if candidate in known else 1)
        if score > best_score or (score == best_score and best and candidate < best):
            best, best_score = candidate, score
    if best is None and len(word) >= 6:
        close = [w for w in known if abs(len(w) - len(word)) <= 2 and w[0] == word[0]
                 and distance(w, word) <= 2
                 and (view.has_term(stem(w)) or _whole_phrase(table, w))]
        best = min(close, key=lambda w: (distance(w, word), w), default=None)
    return best


def _whole_phrase(table, word: str) -> bool:
    """Say whether a word is an English plain-words phrase by itself ("insomnia"), found by its
    topic (other languages' words are matched as typed, never a correction for English ones)."""
    term = stem(word)
    return any(p.stems == (term,) and p.lang == "en" for p in table.phrases.get(term, ()))


def distance(a: str, b: str) -> int:
    """Return the Levenshtein distance between two short words."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
