"""The forms that email someone answer alike, in words and in time, whatever address they get."""

import asyncio
import re
import statistics
import time

import pytest
from accounts_support import (
    Mailbox,
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    csrf_token,
    dispose,
    make_account,
    sibling_app,
    smtp_mailbox,
)

from directory import accounts

FLOOR = 0.15  # seconds; the real default is accounts.EMAIL_FORM_FLOOR
ROUNDS = 10
TOLERANCE = 0.015
SMTP_DELAY = 0.05  # a mail server slower than the work itself, but quicker than the floor


class SlowMailbox(Mailbox):
    """A mail server that takes a while to accept each message."""

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        await asyncio.sleep(SMTP_DELAY)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def quiet(app):
    """An app on the same database with rate limits off and a test-sized floor."""
    sibling = sibling_app(app, RATELIMIT_ENABLED=False, ACCOUNT_EMAIL_RESPONSE_FLOOR=FLOOR)
    yield sibling
    dispose(sibling)


def timed_post(client, url: str, **fields) -> tuple[float, str]:
    """Post a form with a fresh token; return the seconds the answer took and its page."""
    token = csrf_token(client, url)
    started = time.perf_counter()
    response = client.post(url, data={"csrf_token": token, **fields})
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    return elapsed, response.get_data(as_text=True)


def normalised(page: str, email: str) -> str:
    """Return the page without its CSRF tokens and with the typed address blanked."""
    page = re.sub(r'(name="csrf_token"[^>]*value=")[^"]+"', r'\1"', page)
    return page.replace(email, "EMAIL")


def compare(client, url: str, kinds: dict) -> tuple[dict, dict]:
    """Post each kind of form ROUNDS times, interleaved; return their times and pages."""
    times = {kind: [] for kind in kinds}
    pages = {kind: set() for kind in kinds}
    for round_ in range(ROUNDS):
        order = list(kinds.items())
        for kind, fields_for in order[round_ % len(order):] + order[:round_ % len(order)]:
            fields = fields_for(round_)
            elapsed, page = timed_post(client, url, **fields)
            times[kind].append(elapsed)
            pages[kind].add(normalised(page, fields["email"]))
    return times, pages


def assert_indistinguishable(times: dict, pages: dict) -> None:
    """Check every answer waited out the floor, medians agree, and the pages are one page."""
    for kind, seconds in times.items():
        assert min(seconds) >= FLOOR, (kind, seconds)
    medians = {kind: statistics.median(seconds) for kind, seconds in times.items()}
    assert max(medians.values()) - min(medians.values()) < TOLERANCE, medians
    assert len(set().union(*pages.values())) == 1


def test_the_floor_is_a_setting_with_a_named_default(app):
    assert app.config["ACCOUNT_EMAIL_RESPONSE_FLOOR"] == accounts.EMAIL_FORM_FLOOR == 0.25


def test_forgot_password_answers_known_and_unknown_addresses_alike(quiet):
    make_account(quiet, "kim@example.org")
    with smtp_mailbox(quiet, SlowMailbox()) as mailbox:
        times, pages = compare(quiet.test_client(), "/provider/forgot-password", {
            "known": lambda _: {"email": "kim@example.org"},
            "unknown": lambda _: {"email": "nobody@example.org"},
        })
    assert_indistinguishable(times, pages)
    # The two paths really differ: only the known address was written to.
    assert len(mailbox.to("kim@example.org")) == ROUNDS
    assert mailbox.to("nobody@example.org") == [] and len(mailbox.messages) == ROUNDS


def test_request_account_answers_new_existing_and_closed_addresses_alike(quiet):
    make_account(quiet, "kim@example.org")
    make_account(quiet, "closed@example.org", status="disabled")

    def asking(email):
        return lambda round_: {"name": "Sam Jones", "organisation": "Oak Tree Youth",
                               "email": email.format(round_)}

    with smtp_mailbox(quiet, SlowMailbox()) as mailbox:
        times, pages = compare(quiet.test_client(), "/provider/request-account", {
            "new": asking("new{}@example.org"),
            "existing": asking("kim@example.org"),
            "closed": asking("closed@example.org"),
        })
    assert_indistinguishable(times, pages)
    subjects = {m["Subject"] for m in mailbox.to("kim@example.org")}
    assert subjects == {"You already have an account"}
    assert len(mailbox.to("new0@example.org")) == 1 and mailbox.to("closed@example.org") == []


def test_reading_the_forms_is_not_padded(quiet):
    client = quiet.test_client()
    client.get("/provider/forgot-password")  # warm up templates
    started = time.perf_counter()
    assert client.get("/provider/forgot-password").status_code == 200
    assert time.perf_counter() - started < FLOOR
