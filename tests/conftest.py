"""Fixtures: a real database (SQLite file, or a PostgreSQL schema) and a real index per test."""

import re
import shutil

import pytest
from database_support import POSTGRES_URL, Database, make_app, prepare
from sqlalchemy import text

from directory import db


@pytest.fixture(autouse=True)
def _instance_in_tmp(tmp_path, monkeypatch):
    # Nothing a test does may write into the working directory's instance/ folder.
    monkeypatch.setenv("DIRECTORY_INSTANCE_PATH", str(tmp_path / "instance"))


GAZETTEER_TABLES = ("local_authority", "outcode", "postcode_sector", "postcode", "place")


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory):
    """A migrated SQLite file with the gazetteer, copied for each test (much faster)."""
    if POSTGRES_URL:
        return None
    folder = tmp_path_factory.mktemp("template")
    database = Database(folder)
    app = make_app(folder, database)
    prepare(app)
    database.drop(app)
    return folder / "directory.db"


@pytest.fixture(scope="session")
def _postgres_gazetteer(tmp_path_factory):
    """A PostgreSQL schema with the seed gazetteer, copied server-side into each test's schema."""
    if not POSTGRES_URL:
        yield None
        return
    folder = tmp_path_factory.mktemp("gazetteer")
    database = Database(folder)
    app = make_app(folder, database)
    prepare(app)
    app.extensions["directory.engine"].dispose()
    yield database.schema
    database.drop()


def copy_gazetteer(app, source_schema: str) -> None:
    """Fill this test's gazetteer tables from the session's template schema."""
    with app.extensions["directory.engine"].begin() as connection:
        for table in GAZETTEER_TABLES:
            connection.execute(text(f"INSERT INTO {table} SELECT * FROM {source_schema}.{table}"))
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('place', 'id'), (SELECT max(id) FROM place))"
            )
        )


@pytest.fixture
def app(tmp_path, _sqlite_template, _postgres_gazetteer):
    """An application on a fresh database with the gazetteer and taxonomy loaded."""
    folder = tmp_path / "instance"
    folder.mkdir(exist_ok=True)
    if _sqlite_template is not None:
        shutil.copy(_sqlite_template, folder / "directory.db")
    database = Database(folder)
    application = make_app(folder, database)
    if _postgres_gazetteer is not None:
        prepare(application, gazetteer=False)
        copy_gazetteer(application, _postgres_gazetteer)
    yield application
    database.drop(application)


@pytest.fixture
def session(app):
    """A database session inside an application context; committed by the test."""
    with app.app_context():
        s = db.new_session(app)
        yield s
        s.close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture(scope="session")
def demo_app(tmp_path_factory):
    """The seeded demo directory with its index: shared, so tests using it must not write."""
    from directory import search
    from directory.setup_data import seed_demo

    folder = tmp_path_factory.mktemp("demo")
    database = Database(folder)
    application = make_app(folder, database)
    prepare(application)
    seed_demo(application)
    search.rebuild(application)
    yield application
    database.drop(application)


@pytest.fixture
def demo_client(demo_app):
    return demo_app.test_client()


def csrf_token(client, url: str) -> str:
    """Fetch a form page the way a browser does and return its CSRF token."""
    page = client.get(url).get_data(as_text=True)
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


@pytest.fixture
def serve():
    """Return a function that serves an app's database and index with ``directory serve``."""
    from served_support import ServedDirectory

    started = []

    def serve_(app, command=("serve", "--workers", "2"), **settings):
        server = ServedDirectory(app, command, **settings)
        started.append(server)
        return server

    yield serve_
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def served(demo_app):
    """The shared demo directory served by the real server (read-only use; no rate limits)."""
    from served_support import ServedDirectory

    server = ServedDirectory(demo_app, DIRECTORY_RATELIMIT_ENABLED="false")
    yield server
    server.stop()
