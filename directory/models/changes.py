"""The change log: one row per listing per committed transaction that changed it.

Every node's search index follows this table (``directory/search/follower.py``), so a change
made anywhere (another node, an import from a shell) reaches every index. Rows are appended in
the writing transaction itself (``directory/change_log.py``), so the log never misses a commit
and never records one that was rolled back.
"""

from datetime import datetime

from sqlmodel import Field, SQLModel

from .base import utcnow


class ChangeLogEntry(SQLModel, table=True):
    __tablename__ = "change_log"

    # Assigned while the transaction holds the log's lock, so the order is the commit order.
    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    service_id: int = Field(index=True)  # no foreign key: a deleted listing's entry stays
    # "created", "deleted", or the changed fields, comma-separated (the version bump left out).
    what: str = Field(default="", max_length=400)
