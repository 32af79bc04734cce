"""``directory bench --relevance``: how often the right services come first on the demo directory.

The judged set is data (``seed/relevance/``): ``queries.csv`` holds what people type (``id, kind,
q, location, radius, note``) and ``judgements.csv`` the services that should come first for each
(``query, organisation, service_ref, grade``: 2 = should come first, 1 = a good answer too).
Each query runs through ``run_search`` on the demo directory, built in a temporary folder, on the
demo's own "today" (so the listings that count as not checked recently never change). The list
judged is the one people read: this page's local results, then the national section.

- ``precision_at_3``: judged services among the first three, divided by the number judged
  (at most 3), so a query with one right answer scores 1 when it is in the top three.
- ``ndcg_at_5``: discounted cumulative gain of the first five, gain ``2^grade - 1`` and discount
  ``log2(position + 1)``, divided by the best possible for that query's judgements.
"""

import csv
import math
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from directory import db, paths

from ..params import SearchParams

FOLDER = paths.SEED / "relevance"
# The demo directory's own "today" (seed/services.csv, TODAY): 13 listings are then
# more than a year old, whatever the date the bench is run on.
DEMO_NOW = datetime(2026, 11, 24, 12, 0)
LANGUAGE_KINDS = ("polish", "romanian", "urdu")


@dataclass
class Case:
    """One judged query: what was typed, where, and the grade of each service that matters."""

    id: str
    kind: str
    q: str
    location: str = ""
    radius: float | None = None
    grades: dict = field(default_factory=dict)  # (organisation, service_ref) -> 1 or 2

    def params(self) -> SearchParams:
        """Return the search this query makes."""
        params = SearchParams(q=self.q, location=self.location)
        if self.radius:
            params.radius = self.radius
        return params


def load_cases(folder: Path = FOLDER) -> list[Case]:
    """Read the queries and their judgements; every query needs at least one judged service."""
    with (folder / "queries.csv").open(encoding="utf-8", newline="") as file:
        cases = {row["id"]: Case(row["id"], row["kind"], row["q"], row["location"] or "",
                                 float(row["radius"]) if row["radius"] else None)
                 for row in csv.DictReader(file)}
    with (folder / "judgements.csv").open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            key = (row["organisation"], row["service_ref"])
            cases[row["query"]].grades[key] = int(row["grade"])
    unjudged = [case.id for case in cases.values() if not case.grades]
    if unjudged:
        raise ValueError(f"queries with no judged service: {', '.join(unjudged)}")
    return list(cases.values())


def precision_at(ranked: list, grades: dict, k: int = 3) -> float:
    """Return the judged services in the first k, over the number judged (at most k)."""
    found = sum(1 for key in ranked[:k] if grades.get(key))
    return found / min(k, len(grades))


def ndcg_at(ranked: list, grades: dict, k: int = 5) -> float:
    """Return the normalised discounted cumulative gain of the first k results."""
    def dcg(gains):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains))

    ideal = dcg(sorted(grades.values(), reverse=True)[:k])
    return dcg([grades.get(key, 0) for key in ranked[:k]]) / ideal


def ranked_keys(session, case: Case, now: datetime) -> list[tuple[str, str]]:
    """Return (organisation, service_ref) of the results in the order a reader meets them."""
    from ..query import run_search

    results = run_search(session, case.params(), now=now, count=False)
    hits = results.local + results.national
    session.expunge_all()  # as a new request would
    return [(hit.service.organisation.name, hit.service.service_ref) for hit in hits]


def evaluate(app, cases: list[Case], now: datetime = DEMO_NOW) -> list[dict]:
    """Run every case and return one row of figures per query."""
    rows = []
    session = db.new_session(app)
    try:
        with app.app_context():
            for case in cases:
                ranked = ranked_keys(session, case, now)
                rows.append({
                    "id": case.id, "kind": case.kind, "q": case.q, "location": case.location,
                    "precision_at_3": precision_at(ranked, case.grades),
                    "ndcg_at_5": ndcg_at(ranked, case.grades),
                    "top": [ref for _, ref in ranked[:5]],
                })
    finally:
        session.close()
    return rows


def summarise(rows: list[dict]) -> dict:
    """Return mean figures overall, without the translated queries, and by kind."""
    def mean(group):
        return {"queries": len(group),
                "precision_at_3": round(sum(r["precision_at_3"] for r in group) / len(group), 3),
                "ndcg_at_5": round(sum(r["ndcg_at_5"] for r in group) / len(group), 3)}

    kinds = defaultdict(list)
    for row in rows:
        kinds[row["kind"]].append(row)
    english = [r for r in rows if r["kind"] not in LANGUAGE_KINDS]
    return {"overall": mean(rows), "english": mean(english),
            "by_kind": {kind: mean(group) for kind, group in sorted(kinds.items())}}


def run(progress=None) -> dict:
    """Build the demo directory in a temporary folder and measure the judged set on it."""
    from directory.setup_data import seed_demo

    from ..bench.runner import throwaway_app
    from ..indexer import rebuild

    say = progress or (lambda message: None)
    cases = load_cases()
    with tempfile.TemporaryDirectory(prefix="directory-relevance-") as folder:
        app = throwaway_app(folder)
        say("Loading the demo directory…")
        seed_demo(app)
        rebuild(app)
        say(f"Running {len(cases)} judged queries…")
        rows = evaluate(app, cases)
        app.extensions["directory.engine"].dispose()
    return {**summarise(rows), "results": rows}


def format_table(report: dict, worst: int = 10) -> str:
    """Return the report as a plain-text table, with the weakest queries."""
    lines = [f"{'queries':<22}{'n':>4}{'P@3':>8}{'nDCG@5':>8}"]

    def line(label, figures):
        lines.append(f"{label:<22}{figures['queries']:>4}{figures['precision_at_3']:>8.3f}"
                     f"{figures['ndcg_at_5']:>8.3f}")

    line("all", report["overall"])
    line("all but translated", report["english"])
    for kind, figures in report["by_kind"].items():
        line(f"  {kind}", figures)
    weakest = sorted(report["results"], key=lambda r: (r["ndcg_at_5"], r["id"]))[:worst]
    lines += ["", "weakest queries (nDCG@5, then the first three shown):"]
    for row in weakest:
        where = f" near {row['location']}" if row["location"] else ""
        lines.append(f"  {row['ndcg_at_5']:.2f}  {row['q']!r}{where}: {', '.join(row['top'][:3])}")
    return "\n".join(lines)
