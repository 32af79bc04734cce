"""The judged relevance set and ``directory bench --relevance``."""

import csv
import json

import pytest

from directory import paths
from directory.search.bench import relevance

# Measured on the final ranking (docs/SEARCH.md): precision@3 0.83 and nDCG@5 0.79 without the
# translated queries; the floors leave a margin for vocabulary and data edits.
PRECISION_FLOOR = 0.78
NDCG_FLOOR = 0.72
KINDS = {"young-person", "parent", "teacher", "misspelt", "place", *relevance.LANGUAGE_KINDS}


def test_the_metrics_on_small_examples():
    grades = {"a": 2, "b": 1}
    assert relevance.precision_at(["a", "x", "b"], grades) == 1.0
    assert relevance.precision_at(["x", "y", "a"], grades) == 0.5
    assert relevance.precision_at(["a"], {"a": 2}) == 1.0  # one right answer, in the top three
    assert relevance.ndcg_at(["a", "b"], grades) == pytest.approx(1.0)
    assert relevance.ndcg_at(["b", "a"], grades) < 1.0
    assert relevance.ndcg_at(["x", "y", "z", "w", "v", "a"], grades) == 0.0


def test_the_judged_set_is_big_enough_and_names_real_services():
    cases = relevance.load_cases()
    assert len(cases) >= 80 and {case.kind for case in cases} == KINDS
    assert len({case.id for case in cases}) == len(cases)
    with (paths.SEED / "services.csv").open(encoding="utf-8") as file:
        known = {(row["organisation"], row["service_ref"]) for row in csv.DictReader(file)}
    for case in cases:
        assert case.grades and set(case.grades) <= known, case.id
        assert 2 in case.grades.values() or len(case.grades) > 3, case.id


def test_bench_relevance_reports_sane_figures(runner):
    result = runner.invoke(args=["bench", "--relevance", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    cases = relevance.load_cases()
    assert report["overall"]["queries"] == len(report["results"]) == len(cases)
    assert set(report["by_kind"]) == KINDS
    for figures in [report["overall"], report["english"], *report["by_kind"].values()]:
        assert 0 <= figures["precision_at_3"] <= 1 and 0 <= figures["ndcg_at_5"] <= 1
    assert report["english"]["precision_at_3"] >= PRECISION_FLOOR
    assert report["english"]["ndcg_at_5"] >= NDCG_FLOOR
    for kind in ("young-person", "parent", "teacher", "misspelt", "place"):
        assert report["by_kind"][kind]["precision_at_3"] >= 0.6, kind
    table = runner.invoke(args=["bench", "--relevance"])
    assert table.exit_code == 0 and "all but translated" in table.output
