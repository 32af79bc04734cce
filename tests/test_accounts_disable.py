"""Closing an account ends its sessions and emailed links for good: reopening revives none."""

from urllib.parse import urlsplit

import pytest
from accounts_support import (
    PASSWORD,
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    link_path,
    login,
    make_account,
    post_form,
    smtp_mailbox,
)
from alembic import command
from sqlalchemy import text
from sqlmodel import select

from directory import accounts, db, schema
from directory.models import Account

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def mailbox(app):
    with smtp_mailbox(app) as box:
        yield box


@pytest.fixture
def admin(app):
    """A client signed in as an administrator."""
    make_account(app, "admin@example.org", role="admin")
    client = app.test_client()
    assert login(client, "admin@example.org").status_code == 302
    return client


def close_and_reopen(admin, account_id: int) -> None:
    """Disable the account, then enable it again, through the admin pages."""
    page = f"/admin/accounts/{account_id}"
    assert post_form(admin, page, f"{page}/disable").status_code == 302
    assert post_form(admin, page, f"{page}/enable").status_code == 302


def test_old_session_cookie_stays_signed_out_after_disable_and_enable(app, admin):
    account_id = make_account(app, "kim@example.org", organisation="Oak Tree Youth")
    kim = app.test_client()
    assert login(kim, "kim@example.org").status_code == 302
    assert kim.get("/provider/").status_code == 200
    cookie = kim.get_cookie("session").value

    close_and_reopen(admin, account_id)

    replay = app.test_client()  # a browser, or an attacker, holding the cookie from before
    replay.set_cookie("session", cookie)
    response = replay.get("/provider/")
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/provider/login"
    assert "Sign in" in replay.get("/provider/", follow_redirects=True).get_data(as_text=True)
    # The account itself is open again: signing in afresh works.
    assert login(replay, "kim@example.org").status_code == 302
    assert replay.get("/provider/").status_code == 200


def test_reset_link_sent_before_disable_is_refused_after_enable(app, admin, mailbox):
    account_id = make_account(app, "kim@example.org")
    post_form(app.test_client(), "/provider/forgot-password", email="kim@example.org")
    [before] = mailbox.to("kim@example.org")
    old_link = link_path(before, "/provider/reset/")

    close_and_reopen(admin, account_id)

    visitor = app.test_client()
    response = visitor.get(old_link)
    assert response.status_code == 400
    assert "This link doesn't work" in response.get_data(as_text=True)
    refused = post_form(visitor, "/provider/login", old_link, password=NEW_PASSWORD,
                        confirm=NEW_PASSWORD)
    assert refused.status_code == 400
    assert login(visitor, "kim@example.org", NEW_PASSWORD).status_code == 200  # unchanged

    post_form(visitor, "/provider/forgot-password", email="kim@example.org")
    fresh = link_path(mailbox.to("kim@example.org")[-1], "/provider/reset/")
    assert post_form(visitor, fresh, password=NEW_PASSWORD, confirm=NEW_PASSWORD).status_code == 302
    assert login(visitor, "kim@example.org", NEW_PASSWORD).status_code == 302


def test_verification_link_dies_with_a_rejected_request_even_if_reopened(app, admin, mailbox):
    with app.test_request_context(), db.session_scope(app) as session:
        account_id = accounts.request_account(session, "Sam", "sam@example.org", "Oak").id
    verify = link_path(mailbox.to("sam@example.org")[0], "/provider/verify/")
    page = f"/admin/accounts/{account_id}"
    assert post_form(admin, page, f"{page}/reject").status_code == 302
    assert post_form(admin, page, f"{page}/enable").status_code == 302

    response = app.test_client().get(verify)
    assert response.status_code == 400
    assert "This link doesn't work" in response.get_data(as_text=True)


def test_disabling_replaces_the_key_and_other_changes_keep_it(app, admin):
    account_id = make_account(app, "kim@example.org")
    page = f"/admin/accounts/{account_id}"

    def key() -> str:
        with db.session_scope(app) as session:
            return session.get(Account, account_id).session_key

    first = key()
    assert len(first) >= 32
    assert post_form(admin, page, f"{page}/role", **{"role-role": "moderator"}).status_code == 302
    assert key() == first  # a role change is checked on every request; sessions can stay
    assert post_form(admin, page, f"{page}/disable").status_code == 302
    closed = key()
    assert closed != first
    assert post_form(admin, page, f"{page}/enable").status_code == 302
    assert key() == closed


def test_a_forged_or_empty_session_key_is_refused(app, client):
    account_id = make_account(app, "kim@example.org")
    with app.test_request_context():
        assert accounts.load_account(f"{account_id}:not-the-key") is None
        assert accounts.load_account(f"{account_id}:") is None
        assert accounts.load_account(f"{account_id}") is None
        with db.session_scope(app) as session:
            key = session.get(Account, account_id).session_key
        assert accounts.load_account(f"{account_id}:{key}").email == "kim@example.org"


def test_upgrade_gives_each_existing_account_its_own_key(app):
    engine = app.extensions["directory.engine"]
    make_account(app, "kim@example.org")
    make_account(app, "sam@example.org")
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        stamps = connection.execute(text("SELECT security_stamp FROM account")).scalars().all()
    assert stamps == [0, 0]
    schema.upgrade(engine)
    with db.session_scope(app) as session:
        keys = [a.session_key for a in session.exec(select(Account))]
        assert len(set(keys)) == 2 and all(len(k) >= 32 for k in keys)
    assert login(app.test_client(), "kim@example.org", PASSWORD).status_code == 302
