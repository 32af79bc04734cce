"""The ``directory`` command line: one Flask CLI group with a module per area."""

from flask.cli import FlaskGroup


def _create_app():
    import os

    from directory import create_app

    # Commands (migrations, imports, reindex) may run long statements: only requests are cut off.
    statement = os.environ.get("DIRECTORY_DATABASE_STATEMENT_TIMEOUT") or 0
    return create_app({"DATABASE_STATEMENT_TIMEOUT": statement})


def register(app) -> None:
    """Add every command module's commands to the application's CLI."""
    from . import accounts, data, database, freshness, insights, search, setup

    for module in (setup, data, database, freshness, accounts, search, insights):
        for command in module.COMMANDS:
            app.cli.add_command(command)


def build_cli() -> FlaskGroup:
    """Return the ``directory`` group: Flask's group with the application's commands."""
    from .setup import SERVER_COMMANDS

    group = FlaskGroup(
        create_app=_create_app, add_default_commands=True, add_version_option=False,
        load_dotenv=False, help="The THRIVE community provider directory.",
    )
    for command in SERVER_COMMANDS:  # no application: each gunicorn worker builds its own
        group.add_command(command)
    return group
