"""Emails are written in the language the recipient chose (stored on the account), whatever
language the page that caused them was in; a person changes it on their account page.

The expected words come from the catalogues themselves (read with Babel, not through the app).
"""

from pathlib import Path

import pytest
from accounts_support import (
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    csrf_token,
    login,
    make_account,
    post_form,
    smtp_mailbox,
)
from babel.messages.pofile import read_po
from provider_support import make_world, submit
from sqlmodel import select

from directory import db
from directory.models import Account, AuditEvent, ChangeRequest

CATALOGUES = Path(__file__).resolve().parent.parent / "directory" / "translations"


@pytest.fixture
def mailbox(app):
    with smtp_mailbox(app) as box:
        yield box


def translated(language: str, msgid: str) -> str:
    """Return a string's translation, straight from the language's catalogue."""
    with (CATALOGUES / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        text = read_po(handle).get(msgid).string
    assert text and text != msgid, f"{msgid!r} is not translated into {language}"
    return text


def account(app, email: str) -> Account:
    with db.session_scope(app) as session:
        return session.exec(select(Account).where(Account.email == email)).one()


def body(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_a_request_made_in_polish_is_answered_in_polish(app, client, mailbox):
    client.get("/provider/request-account?lang=pl")  # the language cookie is not needed
    form = client.get("/provider/request-account?lang=pl").get_data(as_text=True)
    assert '<option selected value="pl">Polski</option>' in form  # the page's own language
    response = post_form(client, "/provider/request-account?lang=pl", name="Ola Nowak",
                         email="ola@example.org", organisation="Oak Tree Youth", language="pl")
    assert response.status_code == 200
    assert account(app, "ola@example.org").language == "pl"
    [message] = mailbox.to("ola@example.org")
    assert message["Subject"] == translated("pl", "Confirm your email address")
    assert message["Content-Language"] == "pl"
    assert translated("pl", "To confirm it's you and choose a password, open this link:") in body(
        message)
    assert "open this link" not in body(message)


def test_the_chosen_language_wins_over_the_page_language(app, client, mailbox):
    post_form(client, "/provider/request-account", name="Ana Pop", email="ana@example.org",
              organisation="Oak Tree Youth", language="ro")
    assert account(app, "ana@example.org").language == "ro"
    [message] = mailbox.to("ana@example.org")
    assert message["Subject"] == translated("ro", "Confirm your email address")


def test_a_language_outside_the_list_is_refused_and_nothing_is_stored(app, client, mailbox):
    response = post_form(client, "/provider/request-account", name="Sam", email="sam@example.org",
                         organisation="Oak Tree Youth", language="xx")
    assert "Not a valid choice" in response.get_data(as_text=True)
    with db.session_scope(app) as session:
        assert session.exec(select(Account).where(Account.email == "sam@example.org")).first() \
            is None
    assert mailbox.messages == []


def test_a_moderator_reading_english_writes_to_a_provider_in_urdu(app, client, mailbox):
    world = make_world(app)
    with db.session_scope(app) as session:
        provider = session.exec(select(Account).where(Account.email == world.provider_a)).one()
        provider.language = "ur"
        session.add(provider)
    login(client, world.provider_a)
    edit = f"/provider/services/{world.a_live}/edit"
    assert submit(client, edit, {"summary": "Counselling for worried teenagers, after school."}
                  ).status_code == 302
    client.post("/provider/logout", data={"csrf_token": csrf_token(client, "/provider/logout")})
    with db.session_scope(app) as session:
        change_id = session.exec(select(ChangeRequest.id).where(
            ChangeRequest.service_id == world.a_live, ChangeRequest.status == "pending")).one()

    login(client, world.moderator)
    url = f"/admin/moderation/changes/{change_id}"
    page = client.get(url + "?lang=en").get_data(as_text=True)
    assert "Approve and publish" in page  # the moderator works in English
    assert submit(client, url, button=None, action=f"{url}/approve").status_code == 302
    [message] = mailbox.to(world.provider_a)
    assert message["Subject"] == translated(
        "ur", "Your changes to %(name)s are published") % {"name": "Talk Space"}
    assert message["Content-Language"] == "ur"


def test_a_person_changes_the_language_of_their_emails(app, client, mailbox):
    make_account(app, "pat@example.org")
    login(client, "pat@example.org")
    page = client.get("/provider/account").get_data(as_text=True)
    assert "Language for our emails" in page
    assert '<option selected value="en">English</option>' in page
    response = post_form(client, "/provider/account", language="ro")
    assert response.status_code == 302
    assert account(app, "pat@example.org").language == "ro"
    with db.session_scope(app) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "language")).one()
        assert (event.before["language"], event.after["language"]) == ("en", "ro")

    refused = post_form(client, "/provider/account", language="klingon")
    assert refused.status_code == 200 and "Not a valid choice" in refused.get_data(as_text=True)
    assert account(app, "pat@example.org").language == "ro"

    client.post("/provider/logout", data={"csrf_token": csrf_token(client, "/provider/logout")})
    post_form(client, "/provider/forgot-password", email="pat@example.org")
    [message] = mailbox.to("pat@example.org")
    assert message["Subject"] == translated("ro", "Reset your password")


def test_the_account_page_needs_a_signed_in_person(client):
    response = client.get("/provider/account")
    assert response.status_code == 302 and "/provider/login" in response.headers["Location"]
