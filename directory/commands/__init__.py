"""The ``directory`` command line: one Flask CLI group with a module per area."""

from flask.cli import FlaskGroup


def _create_app():
    from directory import create_app

    return create_app()


def build_cli() -> FlaskGroup:
    """Return the command group with every command module registered."""
    from . import data, setup

    group = FlaskGroup(
        create_app=_create_app, add_default_commands=True, add_version_option=False,
        load_dotenv=False, help="The THRIVE community provider directory.",
    )
    for module in (setup, data):
        for command in module.COMMANDS:
            group.add_command(command)
    return group
