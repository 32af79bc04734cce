"""``directory bench``: time search on a synthetic national directory in a throwaway folder.

What each figure measures:
- ``reindex_s``: ``rebuild()`` from the database: read every listed service, write a new index
  generation, swap it in and check it (the same code as ``directory reindex``).
- ``queries``: wall time of ``run_search`` in-process, including finding the place in the
  gazetteer and loading the page's services from the database; after one warm-up pass over the
  mix (the first pass is reported as ``cold_max_ms``).
- ``commit_to_searchable_s``: from just before a listing is created or edited through
  ``directory.listings`` and committed until a search finds it (worst of the trials).
- ``peak_rss_mb``: the process's peak resident memory, generation and build included.
"""

import resource
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from directory import db, paths, schema
from directory.geo.loading import load_seed_gazetteer
from directory.listings import Actor, create_service, input_from_service, update_service
from directory.listings.fields import ServiceInput
from directory.models import Service
from directory.vocabulary.taxonomy import load_taxonomy

from ..indexer import rebuild
from ..params import SearchParams
from ..query import run_search
from .synthetic import populate

WORDS = ("counselling", "feeling sad", "cant sleep", "bereavement support", "eating",
         "young carers", "bullying", "family therapy", "peer support group", "online chat",
         "anxiety", "someone to talk to")
PLACES = ("Manchester", "Leeds", "Bristol", "London", "Norwich", "Stevenage", "M1", "LS6",
          "SW1A", "Plymouth", "Sheffield", "CF10")
TYPOS = ("councelling", "anxeity", "bereavment", "bulying", "eatting disorder", "counseling",
         "slepe", "familly support")
REPEAT = 4


def query_mix() -> dict[str, list[SearchParams]]:
    """Return the fixed query mix, by kind."""
    pairs = list(zip(WORDS, PLACES, strict=True))
    return {
        "words": [SearchParams(q=w) for w in WORDS],
        "words_location": [SearchParams(q=w, location=p, radius=r)
                           for (w, p), r in zip(pairs, (5, 10) * 6, strict=True)],
        "words_location_filters": [
            SearchParams(q=w, location=p, radius=10, groupings=[g], age=a)
            for (w, p), g, a in zip(pairs, ("getting-help", "getting-advice", "thriving") * 4,
                                    (9, 14, 17) * 4, strict=True)],
        "location": [SearchParams(location=p, radius=r)
                     for p, r in zip(PLACES, (5, 5, 10, 5, 25, 5) * 2, strict=True)],
        "misspelt": [SearchParams(q=w) for w in TYPOS],
    }


def throwaway_app(folder: str):
    """Return an app on a new SQLite database in folder, with the taxonomy and gazetteer."""
    from directory import create_app

    app = create_app({
        "TESTING": False, "DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.db'}",
        "INSTANCE_PATH": folder, "INDEX_PATH": str(Path(folder) / "index"),
        "SECRET_KEY": secrets.token_hex(16),
    })
    schema.upgrade(app.extensions["directory.engine"])
    with db.session_scope(app) as session:
        load_taxonomy(session, paths.SEED / "taxonomy.csv")
        load_seed_gazetteer(session, paths.SEED / "geo")
    return app


def synthetic_directory(folder: str, services: int, say) -> tuple:
    """Generate ``services`` in a new app in ``folder`` and index them; return the app, the
    count indexed, and the seconds generating and indexing took."""
    app = throwaway_app(folder)
    say(f"Generating {services:,} services…")
    started = time.perf_counter()
    with db.session_scope(app) as session:
        populate(session, services)
    generate_s = time.perf_counter() - started
    say("Building the index from the database…")
    started = time.perf_counter()
    count = rebuild(app)
    return app, count, generate_s, time.perf_counter() - started


def run(services: int, progress=None) -> dict:
    """Build a synthetic directory of ``services`` in a temporary folder and time it."""
    say = progress or (lambda message: None)
    with tempfile.TemporaryDirectory(prefix="directory-bench-") as folder:
        app, count, generate_s, reindex_s = synthetic_directory(folder, services, say)
        engine = app.extensions["directory.engine"]
        say("Running the query mix…")
        with app.app_context():
            timings, cold = _time_queries(app)
            commit_s = _commit_to_searchable(app)
        engine.dispose()
    report = {"services": count, "queries": {}}
    every = []
    for kind, samples in timings.items():
        report["queries"][kind] = summary(samples)
        every.extend(samples)
    report.update(summary(every))
    report.update({
        "cold_max_ms": round(max(cold), 2), "reindex_s": round(reindex_s, 2),
        "commit_to_searchable_s": round(commit_s, 3), "generate_s": round(generate_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "samples": len(every),
    })
    return report


def _time_queries(app) -> tuple[dict[str, list[float]], list[float]]:
    mix = query_mix()
    session = db.new_session(app)
    try:
        cold = [_timed(session, p) for params in mix.values() for p in params]
        timings: dict[str, list[float]] = {kind: [] for kind in mix}
        for _ in range(REPEAT):
            for kind, params in mix.items():
                timings[kind].extend(_timed(session, p) for p in params)
    finally:
        session.close()
    return timings, cold


def _timed(session, params: SearchParams) -> float:
    started = time.perf_counter()
    run_search(session, params, count=False)
    elapsed = (time.perf_counter() - started) * 1000
    session.expunge_all()  # as a new request would: no identity-map reuse between searches
    return elapsed


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2),
            "max_ms": round(ordered[-1], 2)}


def _commit_to_searchable(app, trials: int = 3) -> float:
    """Return the worst time from commit to found, for new listings and for edits."""
    worst = 0.0
    actor = Actor("bench")
    for trial in range(trials):
        word = "probe" + secrets.token_hex(4)
        data = ServiceInput(
            organisation="Bench probes", service_ref=f"probe-{trial}", name=f"Probe {word}",
            summary="A listing made to time how soon it can be found.", groupings=["getting-help"],
            minimum_age=0, maximum_age=25, delivery_modes=["online"], national=True,
            url="https://example.org")
        started = time.perf_counter()
        with db.session_scope(app) as session:
            create_service(session, data, actor)
        worst = max(worst, _wait_for(app, word, started))
        word = "edit" + secrets.token_hex(4)
        started = time.perf_counter()
        with db.session_scope(app) as session:
            service = session.get(Service, 1 + trial)
            changed = input_from_service(service).model_copy(update={"name": f"Edited {word}"})
            update_service(session, service, changed, actor)
        worst = max(worst, _wait_for(app, word, started))
    return worst


def _wait_for(app, word: str, started: float, limit: float = 30.0) -> float:
    session = db.new_session(app)
    try:
        while time.perf_counter() - started < limit:
            if run_search(session, SearchParams(q=word), count=False).total:
                return time.perf_counter() - started
            time.sleep(0.005)
    finally:
        session.close()
    raise RuntimeError(f"'{word}' was not searchable after {limit} seconds")


def format_table(report: dict) -> str:
    """Return the report as a plain-text table."""
    lines = [f"Synthetic directory: {report['services']:,} services", "",
             f"{'query kind':<26}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"]
    for kind, figures in report["queries"].items():
        lines.append(f"{kind:<26}{figures['p50_ms']:>9.1f}{figures['p95_ms']:>9.1f}"
                     f"{figures['max_ms']:>9.1f}")
    lines.append(f"{'all':<26}{report['p50_ms']:>9.1f}{report['p95_ms']:>9.1f}"
                 f"{report['max_ms']:>9.1f}")
    lines += ["", f"first (cold) pass, slowest query: {report['cold_max_ms']:.1f} ms",
              f"full reindex from the database:   {report['reindex_s']:.1f} s",
              f"commit to searchable (worst):     {report['commit_to_searchable_s']:.3f} s",
              f"generating the synthetic data:    {report['generate_s']:.1f} s",
              f"peak memory (RSS):                {report['peak_rss_mb']:.0f} MB"]
    return "\n".join(lines)
