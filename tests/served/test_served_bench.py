"""``directory bench --http``: the synthetic directory behind the real server, under load."""

import json

import pytest

from directory.search.bench.http import search_paths

pytestmark = pytest.mark.served


def test_bench_over_http_serves_every_search_of_the_mix_and_reports_the_load(runner):
    result = runner.invoke(args=["bench", "--http", "--services", "300", "--clients", "3",
                                 "--requests", "30", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["services"] == 300 and report["workers"] == 2 and report["clients"] == 3
    assert report["requests"] == 30 and report["failures"] == 0
    assert report["requests_per_second"] > 0
    for figures in (report["single"], report["loaded"]):
        assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]


def test_the_mix_asks_the_search_page_for_every_kind_of_search():
    paths = search_paths()
    assert all(path.startswith("/search?") for path in paths)
    assert any("location=" in p and "q=" not in p for p in paths)  # a place alone
    assert any("grouping=" in p and "age=" in p and "location=" in p for p in paths)
    assert any("q=councelling" in p for p in paths)  # misspelt


def test_the_table_names_the_figures(runner):
    result = runner.invoke(args=["bench", "--http", "--services", "200", "--clients", "2",
                                 "--requests", "10"])
    assert result.exit_code == 0, result.output
    assert "requests per second (2 clients)" in result.output
    assert "failed requests:                  0" in result.output
