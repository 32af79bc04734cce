"""Exports round-trip: exported, imported into an empty directory, exported again — the same."""

import csv
import io
import json

import pytest
from accounts_support import (
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    login,
    make_account,
)
from database_support import Database, make_app, prepare
from oruk_support import problems

from directory import db
from directory.exports import export_csv, export_oruk


@pytest.fixture
def empty_app(tmp_path):
    """A second directory with the taxonomy and gazetteer but no listings."""
    database = Database(tmp_path / "second")
    application = make_app(tmp_path / "second", database)
    prepare(application)
    yield application
    database.drop(application)


def exported(app, export) -> str:
    with db.session_scope(app) as session:
        stream = io.StringIO()
        export(session, stream)
    return stream.getvalue()


def without_times(documents: list[dict]) -> list[dict]:
    """Drop last_modified: each directory says when it last changed its own copy."""
    return [{k: v for k, v in document.items() if k != "last_modified"} for document in documents]


def test_the_oruk_export_round_trips(demo_app, empty_app, tmp_path):
    first = exported(demo_app, export_oruk)
    documents = json.loads(first)
    assert len(documents) > 100
    assert all(problems("service.json", d) == [] for d in documents)
    path = tmp_path / "oruk.json"
    path.write_text(first, encoding="utf-8")
    result = empty_app.test_cli_runner().invoke(args=["import-oruk", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{len(documents)} were added" in result.output
    second = json.loads(exported(empty_app, export_oruk))
    assert without_times(second) == without_times(documents)  # the same ids too
    again = empty_app.test_cli_runner().invoke(args=["import-oruk", str(path)])
    assert f"0 were added and {len(documents)} were updated" in again.output
    assert without_times(json.loads(exported(empty_app, export_oruk))) == without_times(documents)


def test_the_csv_export_round_trips_with_every_place(demo_app, empty_app, tmp_path):
    first = exported(demo_app, export_csv)
    rows = list(csv.DictReader(io.StringIO(first)))
    refs = [(row["organisation"], row["service_ref"]) for row in rows]
    assert len(refs) > len(set(refs))  # services at several places repeat their row
    path = tmp_path / "services.csv"
    path.write_text(first, encoding="utf-8")
    result = empty_app.test_cli_runner().invoke(args=["import-csv", str(path)])
    assert result.exit_code == 0, result.output
    assert exported(empty_app, export_csv) == first


def test_the_export_commands_write_files(demo_app, tmp_path):
    runner = demo_app.test_cli_runner()
    for command, name in (("export-oruk", "all.json"), ("export-csv", "all.csv")):
        result = runner.invoke(args=[command, str(tmp_path / name)])
        assert result.exit_code == 0 and "services written" in result.output, result.output
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert (tmp_path / "all.csv").read_text(encoding="utf-8").startswith("organisation,")


def test_admins_download_both_exports_from_the_exports_page(app, client):
    make_account(app, "ada@example.org", role="admin")
    login(client, "ada@example.org")
    assert 'href="/admin/exports"' in client.get("/admin/").get_data(as_text=True)
    page = client.get("/admin/exports").get_data(as_text=True)
    assert "/admin/exports/oruk.json" in page and "/admin/exports/services.csv" in page
    response = client.get("/admin/exports/oruk.json")
    assert response.status_code == 200 and response.get_json() == []
    assert "attachment" in response.headers["Content-Disposition"]
    response = client.get("/admin/exports/services.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.get_data(as_text=True).startswith("organisation,organisation_website,")


def test_moderators_see_no_export_links(app, client):
    make_account(app, "mo@example.org", role="moderator")
    login(client, "mo@example.org")
    assert "/admin/exports" not in client.get("/admin/").get_data(as_text=True)
    assert client.get("/admin/exports").status_code == 403
    assert client.get("/admin/exports/oruk.json").status_code == 403
