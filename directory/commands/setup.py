"""Commands that set up and serve a directory: init, seed, demo, serve."""

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


@click.command("demo")
@click.option("--port", default=5000, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@with_appcontext
def demo_command(port: int, host: str):
    """Set everything up with demo data and serve it on http://127.0.0.1:5000."""
    app = current_app._get_current_object()
    _seed(app)
    _serve(app, host, port, workers=2)


@click.command("serve")
@click.option("--port", default=5000, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--workers", default=2, show_default=True, help="Worker processes.")
@with_appcontext
def serve_command(port: int, host: str, workers: int):
    """Serve the directory with gunicorn, a production-grade server."""
    _serve(current_app._get_current_object(), host, port, workers)


def _serve(app, host: str, port: int, workers: int) -> None:
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("accesslog", "-")
            # Paths only: query strings can hold a postcode or an age, which we never keep.
            self.cfg.set("access_log_format", '%(t)s "%(m)s %(U)s" %(s)s %(b)s')

        def load(self):
            return app

    click.echo(f"Serving the directory on http://{host}:{port} (Ctrl+C to stop)")
    Server().run()


COMMANDS = (init_command, seed_command, demo_command, serve_command)
