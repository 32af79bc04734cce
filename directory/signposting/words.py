"""The plain words for each topic (seed/vocabulary.csv), for matching free text in the browser."""

import csv
from functools import lru_cache

from .. import paths
from ..search import folded_words
from .flow import CRISIS_CODES, TOPIC_CODES


def topic_vocabulary() -> dict:
    """Return {"topics": {code: [phrases]}, "crisis": [codes]} for the topics the flow offers.

    Every language's phrases are there, whatever the page's language, each folded as search
    folds it (``browser_phrase``): static/js/signpost.js folds the notes the same way. Read
    again whenever the file changes, as search's vocabulary is, so the browser's crisis words
    and the server's never disagree (nor one worker's with another's).
    """
    path = paths.SEED / "vocabulary.csv"
    return _read_vocabulary(path, path.stat().st_mtime_ns)


def browser_phrase(phrase: str) -> str:
    """Return a phrase as the browser matches it: its folded words, one space apart."""
    return " ".join(folded_words(phrase))


@lru_cache(maxsize=2)
def _read_vocabulary(path, _modified: int) -> dict:
    topics: dict[str, dict[str, None]] = {code: {} for code in TOPIC_CODES}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            found = topics.get(row["topic"])
            if found is None:
                continue  # a support type: not something that's going on
            for phrase in [row["topic"], *row["phrases"].split(";")]:
                folded = browser_phrase(phrase)
                if folded:
                    found[folded] = None
    return {"topics": {code: list(found) for code, found in topics.items() if found},
            "crisis": sorted(CRISIS_CODES)}
