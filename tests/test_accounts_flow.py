"""Request an account, confirm it from a real email, get approved, sign in; reset a password."""

import re
import time
from pathlib import Path

import pytest
from accounts_support import (
    PASSWORD,
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    free_port,
    link_path,
    login,
    make_account,
    post_form,
    smtp_mailbox,
)
from sqlmodel import select

from directory import accounts, db
from directory.accounts import tokens
from directory.models import Account, Membership, Organisation

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def mailbox(app):
    with smtp_mailbox(app) as box:
        yield box


def ask_for_account(client, email="sam@oaktree.example.org", name="Sam Jones",
                    organisation="Oak Tree Youth"):
    return post_form(client, "/provider/request-account", name=name, email=email,
                     organisation=organisation)


def account_by_email(app, email) -> Account:
    with db.session_scope(app) as session:
        return session.exec(select(Account).where(Account.email == email)).one()


def test_request_verify_approve_and_sign_in(app, client, mailbox):
    make_account(app, "admin@example.org", role="admin")
    response = ask_for_account(client)
    assert response.status_code == 200
    assert "Check your email" in response.get_data(as_text=True)

    [message] = mailbox.to("sam@oaktree.example.org")
    assert message["Subject"] == "Confirm your email address"
    assert message["From"] == "directory@example.org"
    verify_path = link_path(message, "/provider/verify/")
    assert account_by_email(app, "sam@oaktree.example.org").status == "requested"

    # Following the link only shows a form: mail scanners that fetch links change nothing.
    assert client.get(verify_path).status_code == 200
    assert account_by_email(app, "sam@oaktree.example.org").email_verified_at is None
    response = post_form(client, verify_path, password=PASSWORD, confirm=PASSWORD)
    assert response.status_code == 200
    assert "Email address confirmed" in response.get_data(as_text=True)
    account = account_by_email(app, "sam@oaktree.example.org")
    assert account.email_verified_at is not None and account.password_hash.startswith("$argon2id$")

    # Confirmed but not yet approved: the right password gets a clear answer, not a session.
    refused = login(client, "sam@oaktree.example.org")
    assert refused.status_code == 200 and "not approved this account yet" in refused.get_data(
        as_text=True)

    [notice] = mailbox.to("admin@example.org")
    admin_page = link_path(notice, "/admin/accounts/")
    admin = app.test_client()
    assert login(admin, "admin@example.org").status_code == 302
    assert "Oak Tree Youth" in admin.get("/admin/accounts?status=requested").get_data(as_text=True)
    response = post_form(admin, admin_page, f"{admin_page}/approve",
                         **{"approve-organisation": "Oak Tree Youth"})
    assert response.status_code == 302

    with db.session_scope(app) as session:
        account = session.get(Account, account.id)
        organisation = session.exec(select(Organisation)).one()
        assert account.status == "active"
        assert organisation.name == "Oak Tree Youth"
        assert session.get(Membership, (account.id, organisation.id)) is not None
    [_verify, approved] = mailbox.to("sam@oaktree.example.org")
    assert approved["Subject"] == "Your account is ready"
    assert link_path(approved, "/provider/login")

    response = login(client, "sam@oaktree.example.org")
    assert response.status_code == 302
    assert response.headers["Location"] == "/provider/"


def test_approving_before_confirmation_sends_a_fresh_link(app, client, mailbox):
    admin_id = make_account(app, "admin@example.org", role="admin")
    ask_for_account(client)
    with app.test_request_context(), db.session_scope(app) as session:
        account = session.exec(select(Account).where(Account.status == "requested")).one()
        accounts.approve_account(session, account, "Oak Tree Youth", session.get(Account, admin_id))
    approved = mailbox.to("sam@oaktree.example.org")[-1]
    response = post_form(client, link_path(approved, "/provider/verify/"), password=PASSWORD,
                         confirm=PASSWORD)
    assert "Your account is ready" in response.get_data(as_text=True)
    assert login(client, "sam@oaktree.example.org").status_code == 302


def test_asking_again_with_a_known_email_reveals_nothing(app, client, mailbox):
    make_account(app, "kim@example.org")
    first = ask_for_account(client, email="new@example.org").get_data(as_text=True)
    again = ask_for_account(client, email="kim@example.org").get_data(as_text=True)
    assert first.replace("new@example.org", "X") == again.replace("kim@example.org", "X")
    [message] = mailbox.to("kim@example.org")
    assert message["Subject"] == "You already have an account"
    assert link_path(message, "/provider/forgot-password")
    with db.session_scope(app) as session:
        assert len(session.exec(select(Account)).all()) == 2


def test_request_form_keeps_what_was_typed_and_explains_errors(client, mailbox):
    response = ask_for_account(client, email="not-an-email", name="")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter your name." in page
    assert 'value="not-an-email"' in page and 'value="Oak Tree Youth"' in page
    assert 'aria-describedby="name-error"' in page
    assert mailbox.messages == []


def test_reset_password_by_emailed_link(app, client, mailbox):
    make_account(app, "kim@example.org")
    other_browser = app.test_client()
    assert login(other_browser, "kim@example.org").status_code == 302
    assert other_browser.get("/admin/accounts").status_code == 403  # signed in, not an admin

    response = post_form(client, "/provider/forgot-password", email="KIM@example.org")
    assert "Check your email" in response.get_data(as_text=True)
    [message] = mailbox.to("kim@example.org")
    assert message["Subject"] == "Reset your password"
    reset_path = link_path(message, "/provider/reset/")

    weak = post_form(client, reset_path, password="short", confirm="short")
    assert "Use at least 12 characters." in weak.get_data(as_text=True)
    response = post_form(client, reset_path, password=NEW_PASSWORD, confirm=NEW_PASSWORD)
    assert response.status_code == 302 and response.headers["Location"] == "/provider/login"

    assert login(client, "kim@example.org", PASSWORD).status_code == 200
    assert login(client, "kim@example.org", NEW_PASSWORD).status_code == 302
    # The password change ended the session signed in before it.
    assert other_browser.get("/admin/accounts").status_code == 302


def test_forgot_password_for_unknown_email_looks_the_same(client, mailbox):
    response = post_form(client, "/provider/forgot-password", email="nobody@example.org")
    assert "Check your email" in response.get_data(as_text=True)
    assert mailbox.messages == []


def test_links_work_once(app, client, mailbox):
    make_account(app, "kim@example.org")
    post_form(client, "/provider/forgot-password", email="kim@example.org")
    post_form(client, "/provider/forgot-password", email="kim@example.org")
    first, second = (link_path(m, "/provider/reset/") for m in mailbox.to("kim@example.org"))
    assert post_form(client, first, password=NEW_PASSWORD, confirm=NEW_PASSWORD).status_code == 302
    for used in (first, second):  # using one link retires every link sent before it
        response = client.get(used)
        assert response.status_code == 400
        assert "This link doesn't work" in response.get_data(as_text=True)


def test_verification_link_works_once(app, client, mailbox):
    ask_for_account(client)
    path = link_path(mailbox.messages[0], "/provider/verify/")
    post_form(client, path, password=PASSWORD, confirm=PASSWORD)
    assert client.get(path).status_code == 400


@pytest.mark.parametrize(("purpose", "prefix", "hours"), [
    ("verify", "/provider/verify/", 48), ("reset", "/provider/reset/", 1)])
def test_links_expire(app, client, mailbox, monkeypatch, purpose, prefix, hours):
    if purpose == "verify":
        ask_for_account(client, email="kim@example.org")
    else:
        make_account(app, "kim@example.org")
        post_form(client, "/provider/forgot-password", email="kim@example.org")
    path = link_path(mailbox.to("kim@example.org")[0], prefix)
    now = time.time()
    monkeypatch.setattr(tokens, "clock", lambda: now + hours * 3600 - 60)
    assert client.get(path).status_code == 200
    monkeypatch.setattr(tokens, "clock", lambda: now + hours * 3600 + 60)
    response = client.get(path)
    assert response.status_code == 400
    assert "This link has expired" in response.get_data(as_text=True)


def test_tampered_or_cross_purpose_links_are_refused(app, client, mailbox):
    make_account(app, "kim@example.org")
    post_form(client, "/provider/forgot-password", email="kim@example.org")
    path = link_path(mailbox.messages[0], "/provider/reset/")
    token = path.rsplit("/", 1)[1]
    assert client.get(f"/provider/verify/{token}").status_code == 400  # salt per purpose
    assert client.get(path[:-2] + ("AA" if not path.endswith("AA") else "BB")).status_code == 400


def test_links_use_site_url_not_the_request_host(app, mailbox):
    make_account(app, "kim@example.org")
    app.config["SITE_URL"] = "https://directory.example.org"
    attacker = app.test_client()
    page = attacker.get("/provider/forgot-password", base_url="http://evil.example.com")
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.get_data(as_text=True))[1]
    response = attacker.post("/provider/forgot-password", base_url="http://evil.example.com",
                             data={"csrf_token": token, "email": "kim@example.org"})
    assert response.status_code == 200
    body = mailbox.messages[0].get_body(preferencelist=("plain",)).get_content()
    assert "https://directory.example.org/provider/reset/" in body
    assert "evil.example.com" not in body


def test_mail_off_writes_eml_files_to_the_outbox(app, client, caplog):
    assert app.config["MAIL_ENABLED"] is False
    make_account(app, "kim@example.org")
    post_form(client, "/provider/forgot-password", email="kim@example.org")
    [saved] = (Path(app.config["INSTANCE_PATH"]) / "outbox").glob("*.eml")
    assert "Subject: Reset your password" in saved.read_text()
    assert "/provider/reset/" in saved.read_text()
    assert "Mail is off" in caplog.text


def test_mail_server_down_is_logged_and_never_breaks_the_request(app, client, caplog):
    make_account(app, "kim@example.org")
    app.config.update(MAIL_ENABLED=True, SMTP_HOST="127.0.0.1", SMTP_PORT=free_port())
    response = post_form(client, "/provider/forgot-password", email="kim@example.org")
    assert response.status_code == 200
    assert "Could not reach the mail server" in caplog.text


def test_nothing_is_sent_when_the_transaction_rolls_back(app, mailbox):
    with app.test_request_context():
        session = db.new_session(app)
        accounts.request_account(session, "Sam", "sam@example.org", "Oak Tree Youth")
        session.rollback()
        session.close()
    assert mailbox.messages == []
