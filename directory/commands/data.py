"""Commands that bring data in: import-csv and import-postcodes."""

import time
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from tqdm import tqdm


@click.command("import-csv")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check every row and report, but write nothing.")
@with_appcontext
def import_csv_command(path: Path, dry_run: bool):
    """Import services from a CSV file: every row is checked, and nothing is written on error."""
    from directory import db
    from directory.listings import Actor
    from importers.csv_services import import_services_csv

    app = current_app._get_current_object()
    with db.session_scope(app) as session, tqdm(
        desc="Importing", unit=" services", disable=None, leave=False
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


COMMANDS = (import_csv_command, import_postcodes_command)
