"""Helpers shared by the table models."""

from datetime import UTC, datetime

from sqlalchemy import JSON, Column


def utcnow() -> datetime:
    """Return the current time in UTC (timezone-aware: SQLModel stores and returns UTC)."""
    return datetime.now(UTC)


def json_list_column() -> Column:
    """Return a JSON column that holds a list (portable across SQLite and PostgreSQL)."""
    return Column(JSON, nullable=False, default=list)


def json_column() -> Column:
    """Return a nullable JSON column."""
    return Column(JSON, nullable=True)
