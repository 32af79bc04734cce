"""Every POST form through the real server, from fresh cookie jars: it works with the page's own
token, and without a token or with another client's token it answers 400 and writes nothing.
"""

import re
from email import message_from_bytes, policy

import pytest
from accounts_support import PASSWORD
from served_support import outbox, sign_in, submit_form, token_of
from sqlalchemy import func
from sqlmodel import select

from directory import db
from directory.models import Account, ChangeRequest, ProblemReport, Service

pytestmark = pytest.mark.served
NEW_PASSWORD = "a brand new passphrase here"


def count(app, statement) -> int:
    with db.session_scope(app) as session:
        return session.exec(statement).one()


def foreign_token(server) -> str:
    with server.client() as stranger:
        return token_of(stranger.get("/provider/login").text)


def refused_cleanly(server, client, url, changes, written, action=None) -> None:
    """Post the form without a token and with a stranger's: 400 each time, nothing written."""
    before = written()
    for token in (False, foreign_token(server)):
        response = submit_form(client, url, changes, action=action, token=token)
        assert response.status_code == 400, (url, token, response.status_code)
        assert "Traceback" not in response.text
    assert written() == before, url


def emails_to(app, address: str) -> list:
    messages = [message_from_bytes(path.read_bytes(), policy=policy.default)
                for path in outbox(app)]
    return [m for m in messages if address in m["To"]]


def link_in(message, prefix: str) -> str:
    body = message.get_body(preferencelist=("plain",)).get_content()
    return re.search(rf"https?://[^/\s]+({re.escape(prefix)}\S+)", body).group(1)


def test_requesting_an_account_works_and_refuses_bad_tokens(app, site):
    server, _ = site
    email = "new.person@example.org"
    written = lambda: count(app, select(func.count()).select_from(Account)  # noqa: E731
                            .where(Account.email == email))
    fields = {"name": "New Person", "email": email, "organisation": "Hillside Youth"}
    with server.client() as person:
        refused_cleanly(server, person, "/provider/request-account", fields, written)
        response = submit_form(person, "/provider/request-account", fields)
    assert response.status_code == 200 and written() == 1
    assert emails_to(app, email), "no confirmation email"


def test_resetting_a_password_works_end_to_end_and_refuses_bad_tokens(app, site):
    server, world = site
    mails = lambda: len(emails_to(app, world.provider_a))  # noqa: E731
    with server.client() as person:
        refused_cleanly(server, person, "/provider/forgot-password",
                        {"email": world.provider_a}, mails)
        assert submit_form(person, "/provider/forgot-password",
                           {"email": world.provider_a}).status_code == 200
        [message] = emails_to(app, world.provider_a)
        reset = link_in(message, "/provider/reset/")
        fields = {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
        assert submit_form(person, reset, fields).status_code == 302
    with server.client() as person:
        assert sign_in(person, world.provider_a, NEW_PASSWORD).status_code == 302


def test_reporting_a_problem_works_and_refuses_bad_tokens(app, site):
    server, world = site
    url = f"/services/{world.b_live}/report"
    written = lambda: count(app, select(func.count()).select_from(ProblemReport))  # noqa: E731
    fields = {"kind": "contact-details", "message": "The phone number rings out."}
    with server.client() as visitor:
        refused_cleanly(server, visitor, url, fields, written)
        before = written()
        response = submit_form(visitor, url, fields)
    assert response.status_code == 303, response.text[:500]
    assert written() == before + 1


def test_a_provider_edit_works_and_refuses_bad_tokens(app, site):
    server, world = site
    url = f"/provider/services/{world.a_live}/edit"
    written = lambda: count(app, select(func.count()).select_from(ChangeRequest)  # noqa: E731
                            .where(ChangeRequest.service_id == world.a_live))
    changes = {"summary": "Counselling for young people, now on Saturdays as well."}
    with server.client() as provider:
        assert sign_in(provider, world.provider_a, PASSWORD).status_code == 302
        refused_cleanly(server, provider, url, changes | {"save": "y"}, written)
        response = submit_form(provider, url, changes, button="save")
    assert response.status_code == 302, response.text[:500]
    assert written() == 1


def test_a_moderation_decision_works_and_refuses_bad_tokens(app, site):
    server, world = site
    page = f"/admin/moderation/changes/{world.change}"
    action = f"/admin/moderation/changes/{world.change}/approve"

    def status():
        with db.session_scope(app) as session:
            return session.get(ChangeRequest, world.change).status

    with server.client() as moderator:
        assert sign_in(moderator, world.moderator, PASSWORD).status_code == 302
        refused_cleanly(server, moderator, page, {}, status, action=action)
        response = submit_form(moderator, page, {}, action=action)
    assert response.status_code == 302, response.text[:500]
    assert status() == "approved"
    with db.session_scope(app) as session:
        assert session.get(Service, world.a_pending).status == "active"
