"""Move a directory between databases, and take a consistent backup of an SQLite one.

``copy_database`` copies every table, in foreign-key order, into an empty database of the newest
schema (SQLite → PostgreSQL or back): one transaction per batch of rows, then a count check of
every table, then PostgreSQL's id sequences moved past the copied ids. ``backup_sqlite`` uses
SQLite's online backup, so it is consistent while the site is serving and writing.
"""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, text
from sqlmodel import SQLModel

from . import (
    models,  # noqa: F401  (registers every table on SQLModel.metadata)
    schema,
)

BATCH = 2_000
# Rows ``schema.upgrade`` writes itself into a new database: replaced by the copied ones.
SET_UP_BY_UPGRADE = ("grouping",)


class MoveRefused(Exception):
    """The copy was not started (or was undone); the message says why and what to do."""


@dataclass
class CopyReport:
    """Rows copied per table, in the order they were copied."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def tables() -> list:
    """Return every table of the directory, parents before the tables that refer to them."""
    return list(SQLModel.metadata.sorted_tables)


def count_rows(engine: Engine) -> dict[str, int]:
    """Return the number of rows in each table."""
    with engine.connect() as connection:
        return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in tables()}


def copy_database(source: Engine, target: Engine,
                  progress: Callable[[int], None] | None = None) -> CopyReport:
    """Copy every row from source into target (made the newest schema, and empty first)."""
    if not schema.is_current(source):
        raise MoveRefused("the source has no directory in it: check its address")
    schema.upgrade(source)  # both at the newest schema, so the columns match
    schema.upgrade(target)
    occupied = [name for name, n in count_rows(target).items()
                if n and name not in SET_UP_BY_UPGRADE]
    if occupied:
        raise MoveRefused(f"the target already holds data ({', '.join(occupied)}): "
                          "copy into an empty database")
    report = CopyReport()
    with target.begin() as connection:
        for name in SET_UP_BY_UPGRADE:
            connection.execute(SQLModel.metadata.tables[name].delete())
    for table in tables():
        report.rows[table.name] = _copy_table(source, target, table, progress)
    expected, found = count_rows(source), count_rows(target)
    differing = [name for name in expected if expected[name] != found[name]]
    if differing:
        raise MoveRefused(f"the counts differ after copying ({', '.join(differing)}): "
                          "the source changed while copying; stop the site and copy again")
    if target.dialect.name == "postgresql":
        _move_sequences(target)
    return report


def _copy_table(source: Engine, target: Engine, table, progress) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    copied = 0
    with source.connect() as reading:
        result = reading.execution_options(stream_results=True).execute(
            select(table).order_by(*order))
        while rows := result.fetchmany(BATCH):
            with target.begin() as writing:  # one transaction per batch
                writing.execute(table.insert(), [dict(row._mapping) for row in rows])
            copied += len(rows)
            if progress:
                progress(len(rows))
    return copied


def _move_sequences(target: Engine) -> None:
    """Set each serial id's sequence past the highest copied id, so new rows get new ids."""
    with target.begin() as connection:
        for table in tables():
            for column in table.primary_key.columns:
                if not (column.autoincrement is True or (
                        column.autoincrement == "auto" and column.type.python_type is int)):
                    continue
                sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {
                    "t": table.name, "c": column.name}).scalar()
                if sequence:
                    connection.execute(text(
                        f'SELECT setval(:s, COALESCE((SELECT MAX("{column.name}") '
                        f'FROM "{table.name}"), 0) + 1, false)'), {"s": sequence})


def backup_sqlite(engine: Engine, destination: Path) -> dict[str, int]:
    """Write a consistent copy of an SQLite directory to destination; return its row counts."""
    if engine.dialect.name != "sqlite":
        raise MoveRefused("backup copies SQLite databases; for PostgreSQL use pg_dump "
                          "(docs/DEPLOYMENT.md)")
    if destination.exists():
        raise MoveRefused(f"{destination} exists already: choose a new file")
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(destination) as copy:
            raw.driver_connection.backup(copy)  # SQLite's online backup: one consistent moment
        copy.close()
    finally:
        raw.close()
    with sqlite3.connect(destination) as check:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise MoveRefused(f"the backup in {destination} failed its integrity check")
        names = [t.name for t in tables() if t.name in inspect(engine).get_table_names()]
        counts = {name: check.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
                  for name in names}
    check.close()
    return counts
