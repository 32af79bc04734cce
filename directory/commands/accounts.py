"""Commands that manage accounts: create-user."""

import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from directory.models import ROLES


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline()
        return password.removesuffix("\n").removesuffix("\r")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.command("create-user")
@click.option("--email", required=True, help="The account's email address (it signs in with it).")
@click.option("--role", required=True, type=click.Choice(ROLES),
              help="admin: everything; moderator: checks changes; provider: edits listings; "
                   "commissioner: reads the insights and their exports.")
@click.option("--organisation", default=None, metavar="NAME",
              help="Make the account a member of this organisation (created if new).")
@click.option("--name", default="", help="The person's name.")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input instead of asking.")
@with_appcontext
def create_user_command(email: str, role: str, organisation: str | None, name: str,
                        password_stdin: bool):
    """Create an active account, or update the role, password and organisation of one."""
    from directory import db
    from directory.accounts import (
        AccountError,
        create_or_update_user,
        find_account,
        normalise_email,
    )

    try:
        email = normalise_email(email)
    except AccountError as error:
        raise click.BadParameter(str(error), param_hint="'--email'") from None
    password = _read_password(password_stdin)
    with db.session_scope(current_app._get_current_object()) as session:
        existed = find_account(session, email) is not None
        try:
            account = create_or_update_user(session, email, role, password,
                                            organisation=organisation, name=name)
        except AccountError as error:
            raise click.ClickException(f"{error.field or 'account'}: {error}") from None
        verb = "Updated" if existed else "Created"
        member = f", member of {organisation.strip()}" if organisation else ""
        click.echo(f"{verb} {account.role} account {account.email}{member}. "
                   f"It can sign in at /provider/login.")


COMMANDS = (create_user_command,)
