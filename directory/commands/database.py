"""Commands that move or back up the database itself: copy-database and backup."""

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from tqdm import tqdm


@click.command("copy-database")
@click.option("--to", "url", required=True, metavar="URL",
              help="The empty database to copy into, e.g. postgresql+psycopg://user@host/db.")
@click.option("--progress", is_flag=True,
              help="Show a progress bar even when the output is not a terminal.")
@with_appcontext
def copy_database_command(url: str, progress: bool):
    """Copy this directory's database into another (SQLite to PostgreSQL, or back)."""
    from directory import db
    from directory.moving import MoveRefused, copy_database, count_rows

    source = db.engine()
    target = db.make_engine(url)
    try:
        with tqdm(total=sum(count_rows(source).values()), unit=" rows", desc="Copying",
                  disable=False if progress else None, leave=False) as bar:
            report = copy_database(source, target, progress=bar.update)
    except MoveRefused as refusal:
        raise click.ClickException(f"Nothing was copied: {refusal}.") from None
    finally:
        target.dispose()
    click.echo(f"Copied {report.total} rows in {len(report.rows)} tables; every table's count "
               "matches. Point DIRECTORY_DATABASE_URL at the new database and run "
               "`directory reindex` on each node.")


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(path: Path):
    """Write a consistent copy of the SQLite database to PATH, even while the site is serving."""
    from directory import db
    from directory.moving import MoveRefused, backup_sqlite

    app = current_app._get_current_object()
    try:
        counts = backup_sqlite(db.engine(), path)
    except MoveRefused as refusal:
        raise click.ClickException(f"No backup was written: {refusal}.") from None
    click.echo(f"Backed up {app.config['DATABASE_URL'].rsplit('/', 1)[-1]} to {path}: "
               f"{counts.get('service', 0)} services, {sum(counts.values())} rows.")


COMMANDS = (copy_database_command, backup_command)
