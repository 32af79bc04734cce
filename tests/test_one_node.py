"""Scheduled commands on every node's cron: a run finds another node's run in progress (held
by another process on the same database) and does nothing; pruning the change log."""

import subprocess
import sys
from datetime import timedelta

from accounts_support import make_account, smtp_mailbox
from provider_support import ORG_A, add_listing
from served_support import environment_for
from sqlmodel import select
from test_freshness import ago

from directory import db
from directory.models import ChangeLogEntry
from directory.models.base import utcnow

HOLDER = """
import sys
from directory import create_app
from directory.commands.one_node import one_node_at_a_time
app = create_app()
with one_node_at_a_time(app, sys.argv[1]):
    print("held", flush=True)
    sys.stdin.readline()
"""


def held_elsewhere(app, name: str) -> subprocess.Popen:
    """Start another process holding the command's lock until it is sent a line."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, name], env=environment_for(app),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def release(holder: subprocess.Popen) -> None:
    holder.communicate(input="\n", timeout=30)  # also closes its pipes
    assert holder.returncode == 0


def test_reminders_run_on_one_node_at_a_time(app, runner):
    add_listing(app, ORG_A, service_ref="due", name="Talk Space", assured_date=ago(200))
    make_account(app, "a@oaktree.example.org", organisation=ORG_A)
    with smtp_mailbox(app) as mailbox:
        holder = held_elsewhere(app, "send-reminders")
        try:
            result = runner.invoke(args=["send-reminders"])
        finally:
            release(holder)
        assert result.exit_code == 0, result.output
        assert "already running on another node" in result.output
        assert mailbox.messages == []
        result = runner.invoke(args=["send-reminders"])  # the lock is free again
        assert "Sent 1 reminder email(s)" in result.output
        assert len(mailbox.messages) == 1


def test_old_change_log_entries_are_pruned_and_the_newest_kept(app, runner):
    with db.session_scope(app) as session:
        for days in (90, 60, 45):
            session.add(ChangeLogEntry(service_id=days, what="created",
                                       at=utcnow() - timedelta(days=days)))
    holder = held_elsewhere(app, "prune-change-log")
    try:
        assert "already running" in runner.invoke(args=["prune-change-log"]).output
    finally:
        release(holder)
    result = runner.invoke(args=["prune-change-log", "--keep-days", "50"])
    assert "Removed 2 change-log entries older than 50 days." in result.output
    result = runner.invoke(args=["prune-change-log", "--keep-days", "1"])
    assert "Removed 0" in result.output  # the newest entry is always kept
    with db.session_scope(app) as session:
        assert session.exec(select(ChangeLogEntry.service_id)).all() == [45]
