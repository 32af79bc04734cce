"""Count every search anonymously, in a short write of its own that can never fail the search.

``run_search`` calls ``count_search`` once it has the results. One search adds one to a row
for every search, one for each topic it was about and one for each grouping it filtered, all
keyed by the day, the local authority of the searched point, the age band, whether crisis help
was shown and how many local services were found (0, 1-4 or 5+). Nothing else is kept: not
the words, not the postcode or place typed, not an address or IP. The rows are written on a
connection of their own in one transaction, so a failure stores nothing, is logged without
the search's details, and never reaches the person searching.
"""

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Engine, Insert, and_, update
from sqlalchemy.dialects import postgresql, sqlite

from ..models import SearchCount
from ..models.insights import SEARCH_COUNT_KEY
from ..vocabulary import fixed, thrive

# How long a count may wait for another writer before it is dropped: a search never waits
# long for its own count.
COUNT_WAIT_MS = 250
COUNT_STATEMENT_MS = 2000
_CODE = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
_LA_CODE = re.compile(r"[EWSN]\d{8}")
TABLE = SearchCount.__table__


@dataclass(frozen=True)
class Asked:
    """What a search was about beyond its words: the signposting flow's ticked topics."""

    topics: Sequence[str] = ()
    crisis: bool = False


def result_band(found: int) -> str:
    """Return how many local services were found, as counted: "0", "1-4" or "5+"."""
    return "0" if found <= 0 else "1-4" if found < 5 else "5+"


def count_rows(results, asked: Asked, day: date) -> list[dict]:
    """Return the rows one search adds one to (pure: codes only, nothing typed)."""
    point = results.location
    la_code = (point.la_code or "") if point is not None else ""
    la_code = la_code if _LA_CODE.fullmatch(la_code) else ""
    band = result_band(results.local_total) if point is not None else ""
    common = {"day": day, "la_code": la_code, "age_band": fixed.age_band(results.params.age),
              "crisis": bool(results.crisis or asked.crisis)}
    rows = [{**common, "local_results": band, "facet": "", "value": ""}]
    for topic in _codes(results.topics):
        rows.append({**common, "local_results": band, "facet": "topic", "value": topic})
    for topic in _codes(t for t in asked.topics if t not in results.topics):
        # A ticked topic was not in the words: count the nearby services that help with it.
        found = sum(topic in hit.service.term_codes("topic") for hit in results.local)
        topic_band = result_band(found) if point is not None else ""
        rows.append({**common, "local_results": topic_band, "facet": "topic", "value": topic})
    for code in dict.fromkeys(results.params.groupings):
        if code in thrive.CODES:
            rows.append({**common, "local_results": band, "facet": "grouping", "value": code})
    return rows


def _codes(values: Iterable[str]) -> list[str]:
    """Keep codes only (lower case letters, digits and hyphens), each once."""
    return [value for value in dict.fromkeys(values) if _CODE.fullmatch(value or "")]


def count_search(app, results, asked: Asked, day: date) -> None:
    """Add the search to the counts on a connection of its own; log and go on if that fails."""
    try:
        write_counts(app.extensions["directory.engine"], count_rows(results, asked, day))
    except Exception as error:  # the search has its results: a lost count must not undo them
        # The class of the error only: its text could quote the row, and so the search.
        app.logger.warning("A search was not counted (%s)", type(error).__name__)


def write_counts(engine: Engine, rows: list[dict]) -> None:
    """Add one to each row's count (creating it at 1), all in one short transaction."""
    with engine.connect() as connection:
        dialect = connection.dialect.name
        restore = _wait_briefly(connection) if dialect == "sqlite" else None
        try:
            with connection.begin():
                if dialect == "postgresql":
                    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{COUNT_WAIT_MS}ms'")
                    connection.exec_driver_sql(
                        f"SET LOCAL statement_timeout = '{COUNT_STATEMENT_MS}ms'")
                if dialect in ("sqlite", "postgresql"):
                    connection.execute(_upsert(dialect), [{**row, "count": 1} for row in rows])
                else:
                    _add_one_by_one(connection, rows)
        finally:
            if restore is not None:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(restore)}")


def _wait_briefly(connection: Connection) -> int:
    """Make this SQLite connection wait briefly for a lock; return the wait to put back."""
    before = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {COUNT_WAIT_MS}")
    connection.commit()  # the PRAGMAs began SQLAlchemy's transaction (not SQLite's): end it
    return before


@functools.cache
def _upsert(dialect: str) -> Insert:
    """INSERT … ON CONFLICT DO UPDATE, run once per row in one statement's batch: safe across
    worker processes, and built once (so compiled once) per dialect."""
    module = sqlite if dialect == "sqlite" else postgresql
    statement = module.insert(TABLE)
    return statement.on_conflict_do_update(index_elements=list(SEARCH_COUNT_KEY),
                                           set_={"count": TABLE.c["count"] + 1})


def _add_one_by_one(connection: Connection, rows: list[dict]) -> None:
    """Update, else insert (databases without an upsert; still one transaction)."""
    for row in rows:
        match = and_(*(TABLE.c[key] == row[key] for key in SEARCH_COUNT_KEY))
        changed = connection.execute(update(TABLE).where(match)
                                     .values(count=TABLE.c["count"] + 1)).rowcount
        if not changed:
            connection.execute(TABLE.insert().values(**row, count=1))
