"""The database: migrations are repeatable and keep data; SQLite runs in WAL with foreign keys."""

from sqlalchemy import text
from sqlmodel import select

from directory import db, schema
from directory.models import Grouping, Organisation


def test_upgrade_twice_is_harmless_and_keeps_data(app):
    engine = app.extensions["directory.engine"]
    with db.session_scope(app) as session:
        session.add(Organisation(name="Kept Across Upgrades"))
    schema.upgrade(engine)
    schema.upgrade(engine)
    with db.session_scope(app) as session:
        assert session.exec(select(Organisation.name)).all() == ["Kept Across Upgrades"]
        codes = [g.code for g in session.exec(select(Grouping).order_by(Grouping.position))]
    assert codes == ["thriving", "getting-advice", "getting-help", "getting-more-help",
                     "getting-risk-support"]


def test_init_command_is_idempotent(runner):
    first = runner.invoke(args=["init"])
    second = runner.invoke(args=["init"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "Database ready" in second.output


def test_sqlite_runs_in_wal_mode_with_foreign_keys(app):
    engine = app.extensions["directory.engine"]
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL has neither setting to check
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
