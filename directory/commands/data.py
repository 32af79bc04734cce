"""Commands that bring data in and out: import-csv, import-postcodes, import-oruk,
export-oruk and export-csv."""

import time
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from tqdm import tqdm


@click.command("import-csv")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check every row and report, but write nothing.")
@click.option("--progress", is_flag=True,
              help="Show a progress bar even when the output is not a terminal.")
@with_appcontext
def import_csv_command(path: Path, dry_run: bool, progress: bool):
    """Import services from a CSV file: every row is checked, and nothing is written on error."""
    from directory import db
    from directory.listings import Actor
    from importers.csv_services import import_services_csv

    app = current_app._get_current_object()
    with db.session_scope(app) as session, tqdm(
        # disable=None: a bar only on a terminal, so scripts and tests get clean output.
        desc="Importing", unit=" services", disable=False if progress else None, leave=False
    ) as bar:
        report = import_services_csv(session, path, Actor(f"import: {path.name}"),
                                     dry_run=dry_run, progress=lambda _done: bar.update())
        if report.errors or dry_run:
            session.rollback()
    if report.errors:
        for error in report.errors:
            click.echo(str(error), err=True)
        raise click.ClickException(
            f"{len(report.errors)} problem(s) in {path.name}: nothing was imported."
        )
    verb = "would be" if dry_run else "were"
    note = " (dry run: nothing written)" if dry_run else ""
    click.echo(f"{report.rows} rows checked: {report.created} services {verb} added and "
               f"{report.updated} {verb} updated.{note}")


@click.command("import-postcodes")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def import_postcodes_command(path: Path):
    """Load every GB postcode from an Ordnance Survey Code-Point Open zip file."""
    from directory import db
    from directory.geo.loading import import_codepoint

    started = time.perf_counter()
    with db.session_scope(current_app._get_current_object()) as session, tqdm(
        desc="Postcodes", unit=" postcodes", unit_scale=True, disable=None
    ) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            count = import_codepoint(session, path, progress=progress)
        except ValueError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{count:,} postcodes loaded in {time.perf_counter() - started:.0f} s.")


@click.command("import-oruk")
@click.argument("source")
@click.option("--dry-run", is_flag=True, help="Check every service and report, but write nothing.")
@with_appcontext
def import_oruk_command(source: str, dry_run: bool):
    """Import services from an Open Referral UK feed (its base URL) or a JSON file."""
    from directory import db
    from directory.listings import Actor
    from importers.oruk import import_oruk
    from importers.oruk_source import SourceProblem, is_feed_url

    try:
        documents = _oruk_documents(source) if is_feed_url(source) else _oruk_file(source)
    except SourceProblem as problem:
        raise click.ClickException(str(problem)) from None
    app = current_app._get_current_object()
    with db.session_scope(app) as session, tqdm(desc="Importing", unit=" services",
                                                 disable=None, leave=False) as bar:
        report = import_oruk(session, documents, Actor(f"import-oruk: {source}", imported=True),
                             dry_run=dry_run, progress=bar.update)
        if report.problems or dry_run:
            session.rollback()
    if report.problems:
        for problem in report.problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(
            f"{len(report.problems)} problem(s) in {source}: nothing was imported.")
    verb = "would be" if dry_run else "were"
    held = f" ({report.held} from another feed wait for a moderator)" if report.held else ""
    note = " (dry run: nothing written)" if dry_run else ""
    click.echo(f"{report.services} services checked: {report.created} {verb} added and "
               f"{report.updated} {verb} updated{held}.{note}")


def _oruk_file(source: str) -> list[dict]:
    from importers.oruk_source import SourceProblem, read_file

    if not Path(source).is_file():
        raise SourceProblem(f"{source} is neither a feed address (https://…) nor a file")
    return read_file(Path(source))


def _oruk_documents(base_url: str) -> list[dict]:
    """Read every service of a feed, with a progress bar (timeouts and retries in Feed)."""
    from importers.oruk_source import Feed

    feed = Feed(base_url)
    version = feed.version()
    ids = feed.service_ids()
    click.echo(f"{base_url}: {version or 'no version given'}, {len(ids)} services.")
    with tqdm(total=len(ids), desc="Fetching", unit=" services", disable=None,
              leave=False) as bar:
        return list(feed.services(ids, progress=bar.update))


@click.command("export-oruk")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def export_oruk_command(path: Path):
    """Write every published service, fully nested, to a JSON file (a list of ORUK services)."""
    from directory import db
    from directory.exports import export_oruk

    with db.session_scope(current_app._get_current_object()) as session, \
            path.open("w", encoding="utf-8") as stream:
        count = export_oruk(session, stream)
    click.echo(f"{count} services written to {path}.")


@click.command("export-csv")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def export_csv_command(path: Path):
    """Write every published service to a CSV file that import-csv reads back."""
    from directory import db
    from directory.exports import export_csv

    with db.session_scope(current_app._get_current_object()) as session, \
            path.open("w", encoding="utf-8", newline="") as stream:
        count = export_csv(session, stream)
    click.echo(f"{count} services written to {path}.")


COMMANDS = (import_csv_command, import_postcodes_command, import_oruk_command,
            export_oruk_command, export_csv_command)
