"""Through the real server: one request, one context — nothing crosses requests or people.

Each of these failed when ``directory serve`` ran gunicorn inside the command's app context
(one ``flask.g`` per worker): forms expired, languages stuck, and a signed-in administrator's
pages were served to requests with no cookies at all.
"""

import re
from itertools import cycle

import pytest
from accounts_support import PASSWORD, make_account
from served_support import sign_in, token_of
from sqlmodel import select

from directory import db
from directory.models import Account, Service
from directory.web.languages import by_code, codes, translated_codes

pytestmark = pytest.mark.served

HTML_TAG = re.compile(r'<html lang="([a-z]+)" dir="(ltr|rtl)"')
ADMIN = "served-admin@example.org"


@pytest.fixture(scope="module")
def admin(demo_app):
    """An administrator account on the served demo directory."""
    make_account(demo_app, ADMIN, role="admin")
    return ADMIN


def language_of(response) -> tuple[str, str]:
    match = HTML_TAG.search(response.text)
    assert match, response.text[:300]
    return match.group(1), match.group(2)


def fill(rule: str, values: dict) -> str:
    return re.sub(r"<(?:int:)?(\w+)>", lambda m: str(values[m.group(1)]), rule)


def test_after_an_admin_signs_in_cookieless_requests_never_see_private_pages(served, demo_app,
                                                                              admin):
    with db.session_scope(demo_app) as session:
        ids = {"service_id": session.exec(select(Service.id)).first(),
               "account_id": session.exec(select(Account.id).where(Account.email == ADMIN)).one(),
               "change_id": 1, "claim_id": 1, "report_id": 1, "organisation_id": 1,
               "name": "coverage"}  # an insights table (/admin/insights/<name>.csv)
    rules = sorted(rule.rule for rule in demo_app.url_map.iter_rules()
                   if rule.rule.startswith(("/admin", "/provider")) and "GET" in rule.methods
                   and not rule.endpoint.startswith("auth."))
    with served.client() as administrator:
        assert sign_in(administrator, admin, PASSWORD).status_code == 302
        assert ADMIN in administrator.get("/admin/accounts").text
        paths = cycle(fill(rule, ids) for rule in rules)
        for _ in range(100):
            path = next(paths)
            administrator.get("/admin/accounts")  # keep a signed-in request on each worker
            with served.client() as nobody:
                response = nobody.get(path)
            assert response.status_code in (302, 403, 404), (path, response.status_code)
            if response.status_code == 302:
                assert response.headers["location"].startswith("/provider/login"), path
            assert ADMIN not in response.text, path


def test_each_request_comes_back_in_the_language_it_asked_for(served):
    for _, lang in zip(range(40), cycle(codes()), strict=False):
        with served.client() as visitor:
            assert language_of(visitor.get("/", params={"lang": lang})) == (
                lang, by_code(lang).direction)


@pytest.mark.parametrize("lang", translated_codes())
def test_the_language_cookie_and_accept_language_each_work_from_a_fresh_jar(served, lang):
    with served.client(cookies={"lang": lang}) as visitor:
        assert language_of(visitor.get("/search")) == (lang, by_code(lang).direction)
    with served.client(headers={"Accept-Language": f"{lang};q=0.9,en;q=0.5"}) as visitor:
        assert language_of(visitor.get("/get-help-now")) == (lang, by_code(lang).direction)
    with served.client() as visitor:
        assert language_of(visitor.get("/get-help-now")) == ("en", "ltr")


def test_signing_in_works_from_a_fresh_jar_and_fails_cleanly_without_a_token(served, admin):
    with served.client() as first, served.client() as second:
        first_token = token_of(first.get("/provider/login").text)
        second_token = token_of(second.get("/provider/login").text)
        assert first.cookies["session"] != second.cookies["session"]
        assert first_token != second_token
        stolen = second.post("/provider/login", data={
            "csrf_token": first_token, "email": admin, "password": PASSWORD})
        assert stolen.status_code == 400
        missing = second.post("/provider/login", data={"email": admin, "password": PASSWORD})
        assert missing.status_code == 400
        assert second.get("/admin/").status_code == 302  # neither attempt signed anyone in
        signed_in = first.post("/provider/login", data={
            "csrf_token": first_token, "email": admin, "password": PASSWORD})
        assert signed_in.status_code == 302
        assert signed_in.headers["location"].endswith("/admin/")
        assert first.get("/admin/").status_code == 200
        assert second.get("/admin/").status_code == 302
