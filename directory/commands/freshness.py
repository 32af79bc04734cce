"""Commands that keep listings fresh: send-reminders."""

from datetime import date

import click
from flask import current_app
from flask.cli import with_appcontext


@click.command("send-reminders")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Act as if today were this date (YYYY-MM-DD); for testing a schedule.")
@with_appcontext
def send_reminders_command(today):
    """Email providers whose listings have not been confirmed for 6 months (safe to rerun)."""
    from directory import db
    from directory.moderation.reminders import send_reminders

    from .one_node import AlreadyRunning, one_node_at_a_time

    app = current_app._get_current_object()
    day: date | None = today.date() if today else None
    try:
        with one_node_at_a_time(app, "send-reminders"), db.session_scope(app) as session:
            run = send_reminders(session, day)
            unattended = [(s.id, s.name) for s in run.unattended]
    except AlreadyRunning:
        click.echo("send-reminders is already running on another node: nothing done here.")
        return
    click.echo(f"Sent {run.emails} reminder email(s) about {run.listings} listing(s).")
    if unattended:
        click.echo(f"{len(unattended)} listing(s) due a reminder have nobody to remind "
                   "(no member accounts):")
        for service_id, name in unattended:
            click.echo(f"  #{service_id} {name}")


COMMANDS = (send_reminders_command,)
