"""Commands that set up and serve a directory: init, seed, demo, serve.

``demo`` and ``serve`` belong to the command group itself, not to an application: they start
gunicorn on ``directory.wsgi:app`` by replacing this process, so no application context of the
command survives into the server (each worker builds its own app).
"""

import os

import click
from flask import current_app
from flask.cli import with_appcontext


@click.command("init")
@with_appcontext
def init_command():
    """Create or upgrade the database and load the gazetteer and taxonomy."""
    from directory.setup_data import initialise

    counts = initialise(current_app._get_current_object())
    click.echo("Database ready." + "".join(f" {k}: {v}." for k, v in counts.items()))


@click.command("seed")
@with_appcontext
def seed_command():
    """Load the demo directory (fictional Hertfordshire services plus national helplines)."""
    _seed(current_app._get_current_object())


def _seed(app) -> None:
    from directory import search
    from directory.setup_data import initialise, seed_demo

    initialise(app)
    report = seed_demo(app)
    click.echo(f"Demo directory: {report.created} services added, {report.updated} refreshed.")
    count = search.rebuild(app)
    click.echo(f"Search index built: {count} services.")


_port = click.option("--port", default=5000, show_default=True, help="Port to listen on.")
_host = click.option("--host", default="127.0.0.1", show_default=True,
                     help="Address to listen on.")
_workers = click.option("--workers", default=2, show_default=True, help="Worker processes.")


@click.command("demo")
@_port
@_host
@_workers
def demo_command(port: int, host: str, workers: int):
    """Set everything up with demo data and serve it on http://127.0.0.1:5000."""
    from directory import create_app

    app = create_app()
    with app.app_context():
        _seed(app)
    _print_demo_guide(app)
    app.extensions["directory.engine"].dispose()
    _serve(host, port, workers)


def _print_demo_guide(app) -> None:
    """Say where the demo's mail goes and how to make the first administrator."""
    from pathlib import Path

    if app.config["MAIL_ENABLED"]:
        mail = f"sent through {app.config['SMTP_HOST']}:{app.config['SMTP_PORT']}"
    else:
        mail = f"written to {Path(app.config['INSTANCE_PATH']) / 'outbox'} (nothing is sent)"
    click.echo(f"Emails are {mail}.")
    click.echo("First administrator: directory create-user --email you@example.org --role admin")


@click.command("serve")
@_port
@_host
@_workers
def serve_command(port: int, host: str, workers: int):
    """Serve the directory with gunicorn, a production-grade server."""
    _serve(host, port, workers)


def _serve(host: str, port: int, workers: int) -> None:
    from directory.config import load_settings
    from directory.serving import default_site_url, exec_gunicorn
    from directory.serving.warnings import address_warnings, startup_warnings

    if not os.environ.get("DIRECTORY_SITE_URL") and (url := default_site_url(host, port)):
        os.environ["DIRECTORY_SITE_URL"] = url  # links, QR codes and the feed name this server

    warnings = startup_warnings(workers, load_settings())  # also makes the secret key
    for warning in warnings + address_warnings(host, port):
        click.secho(f"Warning: {warning}", fg="yellow", err=True)
    click.echo(f"Serving the directory on http://{host}:{port} (Ctrl+C to stop)")
    exec_gunicorn(host, port, workers)


COMMANDS = (init_command, seed_command)
SERVER_COMMANDS = (demo_command, serve_command)
