"""Create or upgrade the database schema with Alembic; safe to run any number of times."""

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect
from sqlmodel import Session, select

from . import paths
from .models import Grouping
from .vocabulary import thrive


def alembic_config(url: str | None = None) -> Config:
    """Return an Alembic config pointing at the shipped migrations."""
    config = Config()
    config.set_main_option("script_location", str(paths.MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema and make sure the groupings exist."""
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with Session(engine) as session:
        ensure_groupings(session)
        session.commit()


def ensure_groupings(session: Session) -> None:
    """Insert or rename the five THRIVE groupings."""
    existing = {g.code: g for g in session.exec(select(Grouping))}
    for position, info in enumerate(thrive.GROUPINGS):
        row = existing.get(info.code) or Grouping(code=info.code, name="", position=position)
        row.name, row.position = str(info.name), position
        session.add(row)


def is_current(engine: Engine) -> bool:
    """Say whether the schema has been created."""
    return inspect(engine).has_table("alembic_version")
