"""The plain words for each topic (seed/vocabulary.csv), for matching free text in the browser."""

import csv
from functools import lru_cache

from . import paths
from .signposting import CRISIS_CODES, TOPIC_CODES


def topic_vocabulary() -> dict:
    """Return {"topics": {code: [phrases]}, "crisis": [codes]} for the topics the flow offers.

    Read again whenever the file changes, as search's vocabulary is, so the browser's crisis
    words and the server's never disagree (nor one worker's with another's).
    """
    path = paths.SEED / "vocabulary.csv"
    return _read_vocabulary(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _read_vocabulary(path, _modified: int) -> dict:
    with path.open(encoding="utf-8-sig") as handle:
        rows = {row["topic"]: row for row in csv.DictReader(handle)}
    topics = {code: [p.strip().lower() for p in rows[code]["phrases"].split(";") if p.strip()]
              for code in TOPIC_CODES if code in rows}
    return {"topics": topics, "crisis": sorted(CRISIS_CODES)}
