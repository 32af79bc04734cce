"""copy-database moves a whole directory between databases; backup snapshots an SQLite one.

The source is always an SQLite file (the embedded default); the target is the test PostgreSQL
server when DIRECTORY_TEST_DATABASE_URL is set (CI), else another SQLite file.
"""

import sqlite3
from types import SimpleNamespace

from database_support import POSTGRES_URL, Database, make_app, prepare
from provider_support import ORG_A, add_listing, make_world
from sqlmodel import select

from directory import db, search
from directory.models import Service
from directory.moving import count_rows


def sqlite_app(folder):
    folder.mkdir(parents=True, exist_ok=True)
    application = make_app(folder, SimpleNamespace(url=f"sqlite:///{folder / 'directory.db'}"))
    prepare(application)
    return application


def found(application, words: str) -> list[str]:
    with application.app_context():
        results = search.run_search(db.session(), search.SearchParams(q=words), count=False)
    return [hit.service.name for hit in results.local + results.national]


def test_a_directory_moves_to_another_database_whole_and_keeps_working(tmp_path):
    source = sqlite_app(tmp_path / "source")
    make_world(source)  # listings, accounts, a change request, a claim, a problem report
    before = count_rows(source.extensions["directory.engine"])
    (tmp_path / "target").mkdir()
    target_db = Database(tmp_path / "target")
    result = source.test_cli_runner().invoke(args=["copy-database", "--to", target_db.url])
    assert result.exit_code == 0, result.output
    assert "every table's count matches" in result.output
    target = make_app(tmp_path / "target", target_db)
    try:
        assert count_rows(target.extensions["directory.engine"]) == before
        search.rebuild(target)
        assert "Talk Space" in found(target, "Talk Space")
        new_id = add_listing(target, ORG_A, service_ref="after-the-move", name="Moved Youth Club")
        with db.session_scope(target) as session:  # new rows get new ids (sequences moved on)
            assert new_id > max(session.exec(select(Service.id).where(Service.id != new_id)))
        if POSTGRES_URL:  # and back again, PostgreSQL to SQLite
            back = tmp_path / "back.db"
            again = target.test_cli_runner().invoke(
                args=["copy-database", "--to", f"sqlite:///{back}"])
            assert again.exit_code == 0, again.output
            with sqlite3.connect(back) as copy:
                assert copy.execute("SELECT COUNT(*) FROM service").fetchone()[0] == (
                    before["service"] + 1)
    finally:
        target_db.drop(target)


def test_copying_into_a_database_that_holds_data_is_refused_and_writes_nothing(tmp_path):
    source = sqlite_app(tmp_path / "source")
    add_listing(source, ORG_A, service_ref="one", name="Source Listing")
    occupied = sqlite_app(tmp_path / "occupied")
    add_listing(occupied, ORG_A, service_ref="mine", name="Already Here")
    before = count_rows(occupied.extensions["directory.engine"])
    url = occupied.config["DATABASE_URL"]
    result = source.test_cli_runner().invoke(args=["copy-database", "--to", url])
    assert result.exit_code != 0
    assert "Nothing was copied: the target already holds data" in result.output
    assert count_rows(occupied.extensions["directory.engine"]) == before


def test_a_backup_is_a_consistent_copy_that_a_directory_can_be_restored_from(tmp_path):
    source = sqlite_app(tmp_path / "source")
    make_world(source)
    backup = tmp_path / "backups" / "directory-2026-12-01.db"
    backup.parent.mkdir()
    result = source.test_cli_runner().invoke(args=["backup", str(backup)])
    assert result.exit_code == 0, result.output
    assert "4 services" in result.output
    add_listing(source, ORG_A, service_ref="later", name="Written After The Backup")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Restore: point a directory at the backup (README: stop, copy the file in, start).
    restored = make_app(tmp_path / "restored",
                        SimpleNamespace(url=f"sqlite:///{backup}"))
    search.rebuild(restored)
    assert "Talk Space" in found(restored, "Talk Space")
    assert found(restored, "Written After The Backup") == []
    again = source.test_cli_runner().invoke(args=["backup", str(backup)])
    assert again.exit_code != 0 and "exists already" in again.output


def test_a_postgresql_directory_is_pointed_at_pg_dump(app, tmp_path):
    result = app.test_cli_runner().invoke(args=["backup", str(tmp_path / "copy.db")])
    if POSTGRES_URL:
        assert result.exit_code != 0 and "use pg_dump" in result.output
    else:
        assert result.exit_code == 0
