"""The reindex, doctor and bench commands."""

import json

from sqlalchemy import update
from test_search_helpers import add, found_ids

from directory.models import Service


def test_reindex_reports_the_count(app, runner):
    add(app, name="Heron one", service_ref="one")
    add(app, name="Heron two", service_ref="two")
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "Search index rebuilt: 2 services" in result.output
    assert len(found_ids(app, "heron")) == 2


def test_doctor_reports_and_repairs_drift(app, runner):
    sid = add(app, name="Heron one")
    result = runner.invoke(args=["doctor"])
    assert result.exit_code == 0 and "No drift" in result.output
    with app.extensions["directory.engine"].begin() as connection:
        connection.execute(update(Service).where(Service.id == sid).values(version=9))
    checked = runner.invoke(args=["doctor", "--no-repair", "--json"])
    assert json.loads(checked.output)["stale"] == [sid]
    repaired = runner.invoke(args=["doctor"])
    assert "1 out of date in the index" in repaired.output and "Repaired: 1" in repaired.output
    assert "No drift" in runner.invoke(args=["doctor"]).output


def test_bench_prints_one_json_object(runner):
    result = runner.invoke(args=["bench", "--services", "2000", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["services"] == 2000
    kinds = {"words", "words_location", "words_location_filters", "location", "misspelt"}
    assert set(report["queries"]) == kinds
    for figures in [*report["queries"].values(), report]:
        assert {"p50_ms", "p95_ms", "max_ms"} <= set(figures)
        assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]
    for key in ("reindex_s", "commit_to_searchable_s", "peak_rss_mb"):
        assert report[key] > 0
