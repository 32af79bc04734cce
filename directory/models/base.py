"""Helpers shared by the table models."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field


def utcnow() -> datetime:
    """Return the current time in UTC (timezone-aware: SQLModel stores and returns UTC)."""
    return datetime.now(UTC)


def json_list_column() -> Column:
    """Return a JSON column that holds a list (portable across SQLite and PostgreSQL)."""
    return Column(JSON, nullable=False, default=list)


def json_column() -> Column:
    """Return a nullable JSON column."""
    return Column(JSON, nullable=True)


def new_oruk_id() -> str:
    """Return a new random UUID for an Open Referral UK id."""
    return str(uuid.uuid4())


def oruk_id_field():
    """Return the stored, unique Open Referral UK id column (a UUID string, made on insert)."""
    # The column default also fills rows inserted without the ORM (link rows, bulk inserts).
    return Field(default_factory=new_oruk_id, max_length=36, unique=True, index=True,
                 sa_column_kwargs={"default": new_oruk_id})
