"""A throwaway database per test (a SQLite file, or a PostgreSQL schema) and apps on it."""

import os
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from directory import create_app, db, paths, schema
from directory.geo.loading import load_seed_gazetteer
from directory.vocabulary.taxonomy import load_taxonomy

POSTGRES_URL = os.environ.get("DIRECTORY_TEST_DATABASE_URL", "")


class Database:
    """A throwaway database: a SQLite file, or its own schema on the test PostgreSQL server."""

    def __init__(self, folder: Path):
        if POSTGRES_URL:
            self.schema = f"t_{uuid.uuid4().hex[:12]}"
            engine = create_engine(POSTGRES_URL)
            with engine.begin() as connection:
                connection.execute(text(f"CREATE SCHEMA {self.schema}"))
            engine.dispose()
            joiner = "&" if "?" in POSTGRES_URL else "?"
            self.url = f"{POSTGRES_URL}{joiner}options=-csearch_path%3D{self.schema}"
        else:
            self.schema = None
            self.url = f"sqlite:///{folder / 'directory.db'}"

    def drop(self, app=None) -> None:
        if app is not None:
            app.extensions["directory.engine"].dispose()
        if self.schema:
            engine = create_engine(POSTGRES_URL)
            with engine.begin() as connection:
                connection.execute(text(f"DROP SCHEMA {self.schema} CASCADE"))
            engine.dispose()


def make_app(folder: Path, database: Database, **overrides):
    """Create an application whose state all lives in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    config = {
        "TESTING": True,
        "DATABASE_URL": database.url,
        "INSTANCE_PATH": str(folder),
        "INDEX_PATH": str(folder / "index"),
        "SECRET_KEY": "tests-only-" + uuid.uuid4().hex,
        "SITE_URL": "http://127.0.0.1:5000",
    }
    config.update(overrides)
    return create_app(config)


def prepare(app, gazetteer: bool = True) -> None:
    """Migrate the database and load the taxonomy and (optionally) the seed gazetteer."""
    schema.upgrade(app.extensions["directory.engine"])
    with db.session_scope(app) as session:
        load_taxonomy(session, paths.SEED / "taxonomy.csv")
        if gazetteer:
            load_seed_gazetteer(session, paths.SEED / "geo")
