"""The plain words for each topic (seed/vocabulary.csv), for matching free text in the browser."""

import csv
from functools import cache

from . import paths
from .signposting import CRISIS_CODES, TOPIC_CODES


@cache
def topic_vocabulary() -> dict:
    """Return {"topics": {code: [phrases]}, "crisis": [codes]} for the topics the flow offers."""
    with (paths.SEED / "vocabulary.csv").open(encoding="utf-8-sig") as handle:
        rows = {row["topic"]: row for row in csv.DictReader(handle)}
    topics = {code: [p.strip().lower() for p in rows[code]["phrases"].split(";") if p.strip()]
              for code in TOPIC_CODES if code in rows}
    return {"topics": topics, "crisis": sorted(CRISIS_CODES)}
