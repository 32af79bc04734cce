"""Signing in and out: lockout, rate limit, safe redirects, CSRF, cookies and session checks."""

from datetime import timedelta

import pytest
from accounts_support import (
    PASSWORD,
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    csrf_token,
    dispose,
    login,
    make_account,
    sibling_app,
)

from directory import db
from directory.models import Account, utcnow


def refusal_text(response) -> str:
    page = response.get_data(as_text=True)
    start = page.index("There is a problem")
    return page[start:page.index("</div>", start)]


def test_sign_in_and_out(app, client):
    account_id = make_account(app, "kim@example.org")
    response = login(client, "KIM@example.org ")
    assert response.status_code == 302 and response.headers["Location"] == "/provider/"
    assert "Signed in as kim@example.org" in client.get("/provider/logout").get_data(as_text=True)

    assert client.get("/provider/login").status_code == 302  # already signed in
    token = csrf_token(client, "/provider/logout")
    response = client.post("/provider/logout", data={"csrf_token": token})
    assert response.status_code == 302
    assert "You have signed out" in client.get("/provider/login").get_data(as_text=True)
    with db.session_scope(app) as session:
        assert session.get(Account, account_id).last_login_at is not None


def test_staff_land_on_their_dashboard(app, client):
    make_account(app, "mo@example.org", role="moderator")
    assert login(client, "mo@example.org").headers["Location"] == "/admin/"


def test_lockout_after_five_failures_even_with_the_right_password(app, client):
    account_id = make_account(app, "kim@example.org")
    unknown = refusal_text(login(client, "nobody@example.org", "wrong password!!"))
    for _ in range(5):
        response = login(client, "kim@example.org", "wrong password!!")
        assert response.status_code == 200
        assert refusal_text(response) == unknown  # never says whether the email exists
    response = login(client, "kim@example.org", PASSWORD)
    assert response.status_code == 200
    assert refusal_text(response) == unknown
    with db.session_scope(app) as session:
        account = session.get(Account, account_id)
        assert account.locked_until > utcnow() + timedelta(minutes=14)
        account.locked_until = utcnow() - timedelta(seconds=1)  # fifteen minutes later
    assert login(client, "kim@example.org", PASSWORD).status_code == 302
    with db.session_scope(app) as session:
        assert session.get(Account, account_id).failed_logins == 0


def test_a_success_resets_the_failure_count(app, client):
    account_id = make_account(app, "kim@example.org")
    for _ in range(4):
        login(client, "kim@example.org", "wrong password!!")
    assert login(client, "kim@example.org").status_code == 302
    with db.session_scope(app) as session:
        assert session.get(Account, account_id).failed_logins == 0


def test_sign_in_is_rate_limited_per_address(app, client):
    token = csrf_token(client, "/provider/login")
    data = {"csrf_token": token, "email": "nobody@example.org", "password": "wrong password!!"}
    for _ in range(10):
        assert client.post("/provider/login", data=data).status_code == 200
    response = client.post("/provider/login", data=data)
    assert response.status_code == 429
    assert "Too many tries" in response.get_data(as_text=True)
    assert client.get("/provider/login").status_code == 200  # reading the form is not limited


def limited(client) -> list[int]:
    token = csrf_token(client, "/provider/login")
    data = {"csrf_token": token, "email": "a@example.org", "password": "wrong password!!"}
    return [client.post("/provider/login", data=data).status_code for _ in range(11)]


def test_rate_limits_are_shared_by_workers_but_not_between_instances(app, client, tmp_path):
    assert limited(client)[-1] == 429
    worker = sibling_app(app)  # another worker process on the same instance folder
    assert limited(worker.test_client()) == [429] * 11
    dispose(worker)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    fresh = sibling_app(app, INSTANCE_PATH=str(elsewhere))  # what the next test's app is
    assert limited(fresh.test_client()) == [200] * 10 + [429]
    dispose(fresh)


@pytest.mark.parametrize("target", [
    "https://evil.example.com/", "//evil.example.com/", "///evil.example.com",
    "/\\evil.example.com", "\\\\evil.example.com", "javascript:alert(1)", "http:evil.example.com",
    "/\t/evil.example.com", "/\n/evil.example.com", "%2F%2Fevil.example.com", "evil.example.com",
    " //evil.example.com", "https:/evil.example.com", "",
])
def test_no_open_redirect_after_sign_in(app, client, target):
    make_account(app, "kim@example.org")
    response = login(client, "kim@example.org", next_url=target)
    assert response.status_code == 302
    assert response.headers["Location"] == "/provider/"


def test_next_path_on_this_site_is_followed(app, client):
    make_account(app, "kim@example.org", role="admin")
    response = login(client, "kim@example.org", next_url="/admin/accounts?status=requested")
    assert response.headers["Location"] == "/admin/accounts?status=requested"


@pytest.mark.parametrize("url", ["/provider/login", "/provider/logout", "/provider/request-account",
                                 "/provider/forgot-password"])
def test_posts_without_a_csrf_token_are_refused(app, client, url):
    make_account(app, "kim@example.org")
    response = client.post(url, data={"email": "kim@example.org", "password": PASSWORD,
                                      "name": "Kim", "organisation": "Oak"})
    assert response.status_code == 400


def test_sign_out_needs_the_token(app, client):
    make_account(app, "kim@example.org")
    login(client, "kim@example.org")
    assert client.post("/provider/logout", data={"csrf_token": "forged"}).status_code == 400
    assert "Signed in as" in client.get("/provider/logout").get_data(as_text=True)


def session_cookie(response) -> str:
    cookies = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert cookies, "no session cookie set"
    return cookies[-1]


def test_session_cookie_is_httponly_and_lax(app, client):
    make_account(app, "kim@example.org")
    cookie = session_cookie(login(client, "kim@example.org"))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_session_cookie_is_secure_when_configured(app, monkeypatch):
    monkeypatch.setenv("DIRECTORY_SECURE_COOKIES", "1")
    secure = sibling_app(app)
    response = secure.test_client().get("/provider/login", base_url="https://localhost")
    cookie = session_cookie(response)
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    dispose(secure)


def test_disabled_account_and_old_sessions_are_signed_out(app, client):
    account_id = make_account(app, "kim@example.org", role="admin")
    login(client, "kim@example.org")
    assert client.get("/admin/accounts").status_code == 200
    with db.session_scope(app) as session:
        session.get(Account, account_id).end_sessions()  # what a password change does
    assert client.get("/admin/accounts").status_code == 302
    login(client, "kim@example.org")
    assert client.get("/admin/accounts").status_code == 200
    with db.session_scope(app) as session:
        session.get(Account, account_id).status = "disabled"
    assert client.get("/admin/accounts").status_code == 302
    assert "closed" in login(client, "kim@example.org").get_data(as_text=True)


def test_strong_session_protection(app, client):
    make_account(app, "kim@example.org", role="admin")
    login(client, "kim@example.org")
    assert client.get("/admin/accounts").status_code == 200
    response = client.get("/admin/accounts", headers={"User-Agent": "another browser"})
    assert response.status_code == 302
