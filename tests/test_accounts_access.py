"""The interface other views rely on: hashes, roles, memberships and who may edit a listing."""

from types import SimpleNamespace

import pytest
from accounts_support import (
    PASSWORD,
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    login,
    make_account,
)
from argon2 import PasswordHasher, Type
from sqlmodel import select

from directory import accounts, db
from directory.accounts import passwords
from directory.accounts.passwords import hash_password, password_problem, verify_password
from directory.models import Account, Organisation


def test_passwords_are_stored_as_argon2id(app):
    account_id = make_account(app, "kim@example.org")
    with db.session_scope(app) as session:
        stored = session.get(Account, account_id).password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert verify_password(stored, PASSWORD) and not verify_password(stored, PASSWORD + "!")
    assert not verify_password("", PASSWORD) and not verify_password("not a hash", PASSWORD)
    assert hash_password(PASSWORD) != stored  # salted


def test_old_hash_parameters_are_upgraded_at_sign_in(app, client):
    account_id = make_account(app, "kim@example.org")
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with db.session_scope(app) as session:
        session.get(Account, account_id).password_hash = weak
    assert login(client, "kim@example.org").status_code == 302
    with db.session_scope(app) as session:
        upgraded = session.get(Account, account_id).password_hash
    assert upgraded != weak and upgraded.startswith("$argon2id$")
    assert not passwords.needs_rehash(upgraded)


def test_production_hashing_is_argon2id_with_recommended_settings(monkeypatch):
    monkeypatch.undo()  # drop the tests' light settings
    defaults = PasswordHasher()
    assert passwords._hasher.type is Type.ID
    assert (passwords._hasher.time_cost, passwords._hasher.memory_cost) == (
        defaults.time_cost, defaults.memory_cost)


@pytest.mark.parametrize(("password", "problem"), [
    ("short", "at least 12"), ("kim@example.org", "email address"), ("KIM@EXAMPLE.ORG", "email"),
    ("aaaaaaaaaaaaaaa", "one character"), ("x" * 300, "no more than"),
])
def test_password_rules(app, password, problem):
    with app.test_request_context():
        assert problem in password_problem(password, "kim@example.org")
        assert password_problem("a long enough passphrase", "kim@example.org") is None


def test_roles_memberships_and_who_may_edit(app):
    make_account(app, "pat@example.org", organisation="Oak Tree Youth")
    make_account(app, "mo@example.org", role="moderator")
    make_account(app, "ada@example.org", role="admin")
    make_account(app, "old@example.org", organisation="Oak Tree Youth", status="disabled")
    with db.session_scope(app) as session:
        by = {a.email.split("@")[0]: a for a in session.exec(select(Account))}
        oak = session.exec(select(Organisation)).one()
        other = Organisation(name="Elsewhere")
        session.add(other)
        session.flush()
        oak_service = SimpleNamespace(organisation_id=oak.id)
        other_service = SimpleNamespace(organisation_id=other.id)
        assert accounts.organisation_ids(session, by["pat"]) == {oak.id}
        assert accounts.organisation_ids(session, None) == set()
        assert [accounts.is_staff(by[n]) for n in ("pat", "mo", "ada", "old")] == [
            False, True, True, False]
        assert accounts.is_staff(None) is False
        assert accounts.can_edit_service(session, by["pat"], oak_service)
        assert not accounts.can_edit_service(session, by["pat"], other_service)
        assert accounts.can_edit_service(session, by["mo"], other_service)
        assert accounts.can_edit_service(session, by["ada"], other_service)
        assert not accounts.can_edit_service(session, by["old"], oak_service)
        assert not accounts.can_edit_service(session, None, oak_service)


def test_login_required_role_decorator(app):
    @accounts.login_required_role("provider", "admin")
    def my_listings():
        return f"listings of {accounts.current_account().email}"

    app.add_url_rule("/provider/test-only", "test_only", my_listings)
    make_account(app, "pat@example.org")
    make_account(app, "mo@example.org", role="moderator")
    client = app.test_client()
    response = client.get("/provider/test-only?page=2")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/provider/login?next=")
    login(client, "pat@example.org", next_url="/provider/test-only?page=2")
    assert client.get("/provider/test-only").get_data(as_text=True) == (
        "listings of pat@example.org")
    other = app.test_client()
    login(other, "mo@example.org")
    assert other.get("/provider/test-only").status_code == 403
    with pytest.raises(ValueError):
        accounts.login_required_role("owner")


def test_current_account_outside_a_request_is_none(app):
    with app.app_context():
        assert accounts.current_account() is None


@pytest.mark.parametrize(("target", "expected"), [
    ("/provider/", "/provider/"),
    ("/admin/accounts?status=requested", "/admin/accounts?status=requested"),
    ("//evil.example.com", None), ("/\\evil.example.com", None), ("https://evil.example.com", None),
    ("/ok\r\nLocation: x", None), (None, None), ("", None),
])
def test_safe_next(target, expected):
    assert accounts.safe_next(target) == expected
