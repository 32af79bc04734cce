"""Commands that look after search: reindex, doctor and runner."""

import json

import click
from flask import current_app
from flask.cli import with_appcontext


@click.command("reindex")
@with_appcontext
def reindex_command():
    """Rebuild the search index beside the live one and swap it in (searches carry on)."""
    import time

    from directory import search
    from directory.search import RebuildRunning

    started = time.perf_counter()
    try:
        count = search.rebuild(current_app._get_current_object())
    except RebuildRunning as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Search index rebuilt: {count} services in {time.perf_counter() - started:.1f} s.")


@click.command("doctor")
@click.option("--repair/--no-repair", default=True, show_default=True,
              help="Fix the drift found (re-index the services concerned).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@with_appcontext
def doctor_command(repair: bool, as_json: bool):
    """Compare the search index with the database and repair any drift."""
    from directory import search

    report = search.doctor(current_app._get_current_object(), repair=repair)
    if as_json:
        click.echo(json.dumps(report))
        return
    click.echo(f"Database: {report['services']} listed services; index: {report['indexed']}.")
    drift = False
    for key, label in (("missing", "missing from the index"), ("extra", "in the index only"),
                       ("stale", "out of date in the index"), ("duplicates", "indexed twice")):
        if report[key]:
            drift = True
            shown = ", ".join(map(str, report[key][:20])) + (" …" if len(report[key]) > 20 else "")
            click.echo(f"{len(report[key])} {label}: {shown}")
    click.echo(f"Change log: this node's index has applied up to entry {report['cursor']} "
               f"of {report['log_latest']}.")
    if not drift:
        click.echo("No drift: the index matches the database.")
    elif repair:
        click.echo(f"Repaired: {report['repaired']} services re-indexed.")
    else:
        click.echo("Run 'directory doctor' (without --no-repair) to repair.")


@click.command("bench")
@click.option("--services", default=100_000, show_default=True, type=click.IntRange(min=100),
              help="How many synthetic services to generate.")
@click.option("--relevance", is_flag=True,
              help="Measure how often the right services come first on the demo directory "
                   "(precision@3 and nDCG@5 over the judged queries in seed/relevance/).")
@click.option("--http", "over_http", is_flag=True,
              help="Serve the synthetic directory with the real server and time the search "
                   "page over HTTP: requests per second and p50/p95 under load.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="With --http: how many server worker processes.")
@click.option("--clients", default=8, show_default=True, type=click.IntRange(min=1),
              help="With --http: how many clients ask at once.")
@click.option("--requests", default=2000, show_default=True, type=click.IntRange(min=10),
              help="With --http: how many searches the clients ask between them.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@with_appcontext
def bench_command(services: int, relevance: bool, over_http: bool, workers: int, clients: int,
                  requests: int, as_json: bool):
    """Time search, reindex and commit-to-searchable on a synthetic national directory."""
    from directory.search.bench import http, runner
    from directory.search.bench import relevance as judged

    say = None if as_json else click.echo
    if relevance:
        module, report = judged, judged.run(progress=say)
    elif over_http:
        module, report = http, http.run(services, clients=clients, requests=requests,
                                        workers=workers, progress=say)
    else:
        module, report = runner, runner.run(services, progress=say)
    click.echo(json.dumps(report) if as_json else module.format_table(report))


@click.command("prune-change-log")
@click.option("--keep-days", default=30, show_default=True, type=click.IntRange(min=1),
              help="Keep the entries of this many days (the newest entry is always kept).")
@with_appcontext
def prune_change_log_command(keep_days: int):
    """Delete old change-log entries (daily cron on every node; one does it). A node whose
    index is older than what is kept rebuilds its index when it next starts following."""
    from datetime import timedelta

    from directory import change_log, db
    from directory.models.base import utcnow

    from .one_node import AlreadyRunning, one_node_at_a_time

    app = current_app._get_current_object()
    try:
        with one_node_at_a_time(app, "prune-change-log"), db.session_scope(app) as session:
            removed = change_log.prune(session, utcnow() - timedelta(days=keep_days))
    except AlreadyRunning:
        click.echo("prune-change-log is already running on another node: nothing done here.")
        return
    click.echo(f"Removed {removed} change-log entries older than {keep_days} days.")


COMMANDS = (reindex_command, doctor_command, bench_command, prune_change_log_command)
