"""Helpers for the account tests: make accounts, sign in with real CSRF tokens, catch real email."""

import re
import socket
from contextlib import contextmanager
from email import message_from_bytes, policy
from urllib.parse import urlencode, urlsplit

import pytest
from aiosmtpd.controller import Controller
from argon2 import PasswordHasher

from directory import accounts, create_app, db
from directory.accounts import passwords

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """Hash with light argon2id settings: every test signs in, and the real cost is ~0.1 s."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                             parallelism=1))
    passwords._dummy_hash.cache_clear()
    yield
    passwords._dummy_hash.cache_clear()


def csrf_token(client, url: str) -> str:
    """Fetch a form page the way a browser does and return its CSRF token."""
    page = client.get(url).get_data(as_text=True)
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def make_account(app, email: str, role: str = "provider", password: str = PASSWORD,
                 organisation: str | None = None, status: str = "active") -> int:
    """Create an account through the same function as ``directory create-user``."""
    with db.session_scope(app) as session:
        account = accounts.create_or_update_user(session, email, role, password, organisation)
        account.status = status
        return account.id


def login(client, email: str, password: str = PASSWORD, next_url: str | None = None):
    """Post the sign-in form with a real token; return the response (not followed)."""
    url = "/provider/login" + (f"?{urlencode({'next': next_url})}" if next_url is not None else "")
    token = csrf_token(client, "/provider/login")
    return client.post(url, data={"csrf_token": token, "email": email, "password": password})


def post_form(client, page_url: str, action_url: str | None = None, **fields):
    """Fetch a form page for its token, then post ``fields`` to it (or to ``action_url``)."""
    token = csrf_token(client, page_url)
    return client.post(action_url or page_url, data={"csrf_token": token, **fields})


def link_path(message, prefix: str) -> str:
    """Return the path of the first link in an email's text that starts with ``prefix``."""
    body = message.get_body(preferencelist=("plain",)).get_content()
    links = [urlsplit(found) for found in re.findall(r"https?://\S+", body)]
    paths = [link.path for link in links if link.path.startswith(prefix)]
    assert paths, f"no {prefix} link in: {body}"
    return paths[0]


class Mailbox:
    """Messages a real local SMTP server received, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        message = message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        """Return the messages sent to ``address``."""
        return [m for m in self.messages if address in m.envelope_to]


def free_port() -> int:
    """Return a TCP port nothing is listening on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_mailbox(app, mailbox: Mailbox | None = None):
    """Run an aiosmtpd server on a free port and point the app's mail at it."""
    mailbox = mailbox or Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(MAIL_ENABLED=True, SMTP_HOST="127.0.0.1", SMTP_PORT=port,
                      SMTP_STARTTLS=False, SMTP_USERNAME="", MAIL_FROM="directory@example.org")
    try:
        yield mailbox
    finally:
        controller.stop()


def sibling_app(app, **overrides):
    """Create a second application on the same database and instance (close it with dispose)."""
    keys = ("TESTING", "DATABASE_URL", "INSTANCE_PATH", "INDEX_PATH", "SECRET_KEY", "SITE_URL")
    return create_app({key: app.config[key] for key in keys} | overrides)


def dispose(app) -> None:
    """Close an application's database connections."""
    app.extensions["directory.engine"].dispose()
