"""Freshness: 6-month reminders (really emailed, never twice), "not checked recently" after 12
months, and availability statements that lapse after their expiry date.
"""

from datetime import date, timedelta

import pytest
from accounts_support import make_account, smtp_mailbox
from provider_support import ORG_A, ORG_B, ORG_C, add_listing
from sqlmodel import select

from directory import db, listings
from directory.commands.freshness import send_reminders_command
from directory.listings.freshness import (
    availability_is_current,
    is_stale,
    months_before,
    needs_reminder,
    reminder_kind,
)
from directory.models import ReminderSent, Service

TODAY = date(2026, 11, 24)


def listing(assured: date | None, status: str = "active", expires: date | None = None):
    return Service(organisation_id=1, service_ref="x", name="X", status=status,
                   assured_date=assured, availability_expires=expires)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 11, 24), 6, date(2026, 5, 24)),
    (date(2026, 8, 31), 6, date(2026, 2, 28)),
    (date(2028, 8, 31), 6, date(2028, 2, 29)),
    (date(2026, 3, 15), 12, date(2025, 3, 15)),
    (date(2026, 1, 10), 1, date(2025, 12, 10)),
])
def test_months_before_counts_calendar_months(day, months, expected):
    assert months_before(day, months) == expected


def test_a_listing_is_stale_after_12_months_or_when_never_checked():
    assert is_stale(listing(None), TODAY)
    assert not is_stale(listing(date(2025, 11, 24)), TODAY)  # exactly 12 months: still recent
    assert is_stale(listing(date(2025, 11, 23)), TODAY)
    assert not is_stale(listing(date(2026, 6, 1)), TODAY)


def test_a_live_listing_needs_a_reminder_from_6_months():
    assert not needs_reminder(listing(date(2026, 5, 25)), TODAY)
    assert needs_reminder(listing(date(2026, 5, 24)), TODAY)
    assert needs_reminder(listing(None), TODAY)
    assert not needs_reminder(listing(date(2025, 1, 1), status="inactive"), TODAY)
    assert not needs_reminder(listing(date(2025, 1, 1), status="pending"), TODAY)
    assert needs_reminder(listing(date(2025, 1, 1), status="temporarily-closed"), TODAY)
    assert reminder_kind(listing(date(2026, 5, 1)), TODAY) == "six-months"
    assert reminder_kind(listing(date(2025, 5, 1)), TODAY) == "twelve-months"
    assert reminder_kind(listing(date(2026, 10, 1)), TODAY) is None


def test_an_availability_statement_lapses_after_its_expiry_date():
    assert availability_is_current(listing(TODAY), TODAY)
    assert availability_is_current(listing(TODAY, expires=TODAY), TODAY)
    assert not availability_is_current(listing(TODAY, expires=TODAY - timedelta(days=1)), TODAY)


@pytest.fixture
def mailbox(app):
    with smtp_mailbox(app) as box:
        yield box


def ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


def test_send_reminders_emails_each_member_once_and_never_repeats(app, runner, mailbox):
    due_a = add_listing(app, ORG_A, service_ref="due", name="Talk Space", assured_date=ago(200))
    add_listing(app, ORG_A, service_ref="old", name="Art Room", assured_date=ago(400))
    add_listing(app, ORG_A, service_ref="fresh", name="Fresh Listing", assured_date=ago(30))
    add_listing(app, ORG_A, service_ref="gone", name="Closed Listing", assured_date=ago(300),
                status="inactive")
    add_listing(app, ORG_B, service_ref="due", name="Riverside Drop-in", assured_date=ago(250))
    add_listing(app, ORG_C, service_ref="due", name="Hilltop Art Club", assured_date=ago(250))
    make_account(app, "a@oaktree.example.org", organisation=ORG_A)
    make_account(app, "a2@oaktree.example.org", organisation=ORG_A)
    make_account(app, "b@riverside.example.org", organisation=ORG_B)
    make_account(app, "gone@riverside.example.org", organisation=ORG_B, status="disabled")

    result = runner.invoke(args=["send-reminders"])
    assert result.exit_code == 0, result.output
    assert "Sent 3 reminder email(s) about 3 listing(s)." in result.output
    assert "Hilltop Art Club" in result.output  # due, but nobody to remind
    [to_a] = mailbox.to("a@oaktree.example.org")
    assert len(mailbox.to("a2@oaktree.example.org")) == 1
    assert len(mailbox.to("b@riverside.example.org")) == 1
    assert not mailbox.to("gone@riverside.example.org")
    assert to_a["Subject"] == "Please check your 2 listings are still correct"
    body = to_a.get_body(preferencelist=("plain",)).get_content()
    assert "Talk Space" in body and "Art Room" in body and "now shown as not checked" in body
    assert "Fresh Listing" not in body and "Closed Listing" not in body
    assert f"/provider/services/{due_a}\r\n" in body and "/provider/" in body

    again = runner.invoke(send_reminders_command)
    assert "Sent 0 reminder email(s)" in again.output
    assert len(mailbox.messages) == 3

    # Confirmed today: nothing now, and due again six months on (a new reminder is sent).
    with db.session_scope(app) as session:
        listings.confirm_service(session, session.get(Service, due_a), listings.Actor("tests"))
    assert "Sent 0" in runner.invoke(send_reminders_command).output
    later = (date.today() + timedelta(days=186)).isoformat()
    result = runner.invoke(send_reminders_command, ["--today", later])
    assert "Sent 3 reminder email(s)" in result.output  # A's two members and B's one
    with db.session_scope(app) as session:
        kinds = session.exec(select(ReminderSent.kind, ReminderSent.assured_date).where(
            ReminderSent.service_id == due_a)).all()
    assert sorted(kinds, key=str) == sorted(
        [("six-months", date.today() - timedelta(days=200)), ("six-months", date.today())],
        key=str)


def test_the_command_is_part_of_the_directory_cli(app):
    assert app.cli.commands["send-reminders"] is send_reminders_command
